import TUICore

/// The whole screen for a model: title bar, the active screen, status line and overlays (in
/// presenter mode the screen alone, in high contrast), on the theme's page, or a message asking
/// for a larger terminal.
public struct AppView: View {
    /// The model drawn.
    public var model: AppModel

    /// Creates the view.
    public init(model: AppModel) {
        self.model = model
    }

    /// Draws everything.
    public func render(into buffer: inout CellBuffer, area: Rect, context: RenderContext) {
        if model.isTooSmall {
            TooSmallMessage(minimumWidth: AppModel.minimumSize.width, minimumHeight: AppModel.minimumSize.height)
                .render(into: &buffer, area: area, context: context)
            buffer.paintPage(context.theme.page)
            if !context.glyphs.isUnicode { buffer.forceASCII() }
            return
        }
        let captionRows = model.lesson?.rows(width: area.width) ?? 0
        if model.presenting {
            let (middle, captionArea) = area.splitBottom(captionRows)
            model.screens[model.active].render(into: &buffer, area: middle, session: model.session, context: context)
            if let lesson = model.lesson { LessonCaptionView(state: lesson).render(into: &buffer, area: captionArea, context: context) }
            if let flash = model.session.flash { PresenterFlash(flash: flash).render(into: &buffer, area: middle.splitBottom(1).bottom, context: context) }
        } else {
            let (top, rest) = area.splitTop(1)
            let (upper, bottom) = rest.splitBottom(1)
            let (middle, captionArea) = upper.splitBottom(captionRows)
            let sweep = model.screens.sweep.run.map { $0.progress?.fraction ?? 0 }
            TitleBar(active: model.active, sweepDone: sweep, language: model.language).render(into: &buffer, area: top, context: context)
            model.screens[model.active].render(into: &buffer, area: middle, session: model.session, context: context)
            if let lesson = model.lesson { LessonCaptionView(state: lesson).render(into: &buffer, area: captionArea, context: context) }
            StatusLine(session: model.session).render(into: &buffer, area: bottom, context: context)
        }
        if let selected = model.lessonMenu {
            LessonMenuOverlay(selected: selected, language: model.language).render(into: &buffer, area: area, context: context)
        }
        if let scroll = model.helpScroll {
            HelpOverlay(sections: Translation.sections(ScreenStates.help(for: model.active), model.language), scroll: scroll, language: model.language).render(into: &buffer, area: area, context: context)
        }
        if model.presenting { buffer.makeHighContrast() }
        buffer.paintPage(context.theme.page)
        if !context.glyphs.isUnicode { buffer.forceASCII() }
    }
}
