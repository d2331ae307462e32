import FormatCore
import TUICore

/// Lessons: showing a step (a fresh app in the step's state, then its keys), moving between steps,
/// leaving, and the lesson menu.
extension AppModel {
    /// Shows step `index` of a lesson; returns the effects of its keys (and of cancelling work of
    /// the state it replaces).
    mutating func showLessonStep(_ lesson: Lesson, step index: Int) -> [Effect] {
        guard lesson.steps.indices.contains(index) else { return [] }
        let step = lesson.steps[index]
        /// A step that cannot be shown (a mistake in the lesson's data) leaves the state as it is and says why.
        func refuse(_ reason: Any) -> [Effect] {
            session.show("lesson \(lesson.name) step \(index + 1): \(reason)", tone: .error)
            return []
        }
        var formats: [Format] = []
        for name in step.formats {
            guard let format = try? Format.named(name) else { return refuse("unknown format \(name)") }
            formats.append(format)
        }
        let valueText: String
        do { valueText = try CaptionTemplate(step.value).filled(with: FigureEvaluator(value: session.source.value)) } catch { return refuse(error) }
        let configuration = AppConfiguration(valueText: valueText, formats: formats, rounding: step.rounding, screen: step.screen,
                                             language: language, presenting: presenting)
        var fresh: AppModel
        do { fresh = try AppModel(configuration: configuration, size: size) } catch { return refuse(error) }
        var effects: [Effect] = []
        if let run = screens.sweep.run { effects.append(.cancelSweep(run.request.id)) }
        fresh.screens.sweep.nextID = screens.sweep.nextID
        fresh.screens.model = screens.model
        if let spec = step.blockFormat { fresh.screens.blocks = BlocksScreen(spec: spec) }
        let messages: [Message]
        do { messages = try MessageScript.parse(step.keys) } catch { return refuse(error) }
        for message in messages { effects += fresh.apply(message) }
        let caption: String
        do {
            caption = try CaptionTemplate(step.caption(language)).filled(with: FigureEvaluator(value: fresh.session.source.value))
        } catch {
            caption = "\(error)"
        }
        let title = lesson.title(language)
        let header = language == .zh
            ? "课程：\(title) · 第 \(index + 1)/\(lesson.steps.count) 步 · → 下一步  ← 上一步  Esc 退出课程"
            : "Lesson: \(title) · step \(index + 1)/\(lesson.steps.count) · → next  ← back  Esc leaves"
        let shortHeader = "\(title) · \(index + 1)/\(lesson.steps.count) · → ← Esc"
        fresh.lesson = LessonState(lesson: lesson, step: index, caption: caption, header: header, shortHeader: shortHeader)
        fresh.session.flash = nil
        self = fresh
        return effects
    }

    /// Lesson keys: → and n next, ← and p back, Esc leaves (the state stays for exploring).
    /// Returns nil for keys the lesson does not use.
    mutating func handleLessonKey(_ key: Key) -> [Effect]? {
        guard let state = lesson else { return nil }
        switch key {
        case .right, .character("n", modifiers: []):
            guard state.step + 1 < state.lesson.steps.count else {
                session.show(language == .zh ? "已是最后一步：Esc 退出课程，← 返回" : "last step: Esc leaves the lesson, ← goes back")
                return []
            }
            return showLessonStep(state.lesson, step: state.step + 1)
        case .left, .character("p", modifiers: []):
            guard state.step > 0 else {
                session.show(language == .zh ? "已是第一步：→ 下一步" : "first step: → goes on")
                return []
            }
            return showLessonStep(state.lesson, step: state.step - 1)
        case .escape:
            lesson = nil
            session.show(language == .zh ? "已退出课程，画面保留可继续探索；L 打开课程列表" : "left the lesson; the screen stays to explore. L lists the lessons")
            return []
        default:
            return nil
        }
    }

    /// In the lesson menu: ↑/↓ choose, Enter starts, Esc or L closes, Ctrl-C quits.
    mutating func handleLessonMenuKey(_ key: Key) -> [Effect] {
        let count = LessonCatalog.all.count
        let selected = lessonMenu ?? 0
        switch key {
        case .up, .character("k", modifiers: []): lessonMenu = (selected + count - 1) % count
        case .down, .character("j", modifiers: []): lessonMenu = (selected + 1) % count
        case .enter:
            lessonMenu = nil
            return showLessonStep(LessonCatalog.all[selected], step: 0)
        case .character("c", modifiers: .ctrl): return [.quit(status: 130)]
        case .escape, .character("L", modifiers: []), .character("q", modifiers: []): lessonMenu = nil
        default: break
        }
        return []
    }
}
