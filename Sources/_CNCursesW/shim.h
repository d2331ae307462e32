/// Shim exposing the parts of ncursesw that Swift cannot import directly.
///
/// Swift cannot see C macros with arguments, most attribute/mouse macros or the
/// non-concurrency-safe globals (stdscr, LINES, COLS, stdin, stdout). Everything the
/// NCursesBackend module needs is wrapped here as `static inline` functions.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so enable the wide-character API here. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

/* ---- Globals (not concurrency-safe in Swift 6) ---------------------------------- */

static inline WINDOW *cncw_stdscr(void) { return stdscr; }
static inline int cncw_lines(void) { return LINES; }
static inline int cncw_cols(void) { return COLS; }
static inline int cncw_colors(void) { return COLORS; }
static inline int cncw_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cncw_stdin(void) { return stdin; }
static inline FILE *cncw_stdout(void) { return stdout; }

/* ---- Locale ---------------------------------------------------------------------- */

/* 1 when the current LC_CTYPE codeset is UTF-8. */
static inline int cncw_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL) return 0;
    return strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0
        || strcmp(cs, "UTF8") == 0;
}

/* ---- Attributes ------------------------------------------------------------------ */

static inline attr_t cncw_a_normal(void) { return A_NORMAL; }
static inline attr_t cncw_a_bold(void) { return A_BOLD; }
static inline attr_t cncw_a_dim(void) { return A_DIM; }
static inline attr_t cncw_a_italic(void) { return A_ITALIC; }
static inline attr_t cncw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cncw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cncw_a_standout(void) { return A_STANDOUT; }
static inline attr_t cncw_a_blink(void) { return A_BLINK; }

/* ---- Keys ------------------------------------------------------------------------ */

static inline int cncw_key_f(int n) { return KEY_F(n); }
static inline int cncw_key_f0(void) { return KEY_F0; }
static inline int cncw_key_code_yes(void) { return KEY_CODE_YES; }

/* Reads one wide character or key code from stdscr (OK, KEY_CODE_YES or ERR). */
static inline int cncw_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/* ---- Drawing --------------------------------------------------------------------- */

/* Draws one cell (a NUL-terminated grapheme of at most CCHARW_MAX wide chars) at y,x.
 * `pair` may exceed the 16-bit range: it is passed as an extended pair. */
static inline int cncw_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cc;
    memset(&cc, 0, sizeof cc);
    int extended = pair;
    if (setcchar(&cc, wch, attrs, 0, &extended) == ERR) return ERR;
    if (wmove(stdscr, y, x) == ERR) return ERR;
    return wadd_wch(stdscr, &cc);
}

static inline int cncw_ccharw_max(void) { return CCHARW_MAX; }

/* ---- Mouse ----------------------------------------------------------------------- */

static inline mmask_t cncw_button_pressed(int button) {
    return NCURSES_MOUSE_MASK(button, NCURSES_BUTTON_PRESSED);
}
static inline mmask_t cncw_button_released(int button) {
    return NCURSES_MOUSE_MASK(button, NCURSES_BUTTON_RELEASED);
}
static inline mmask_t cncw_button_clicked(int button) {
    return NCURSES_MOUSE_MASK(button, NCURSES_BUTTON_CLICKED);
}
static inline mmask_t cncw_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cncw_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t cncw_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t cncw_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t cncw_button_alt(void) { return BUTTON_ALT; }

/* Mask: button 1 press/release and the wheel (buttons 4 and 5). */
static inline mmask_t cncw_default_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/* Fetches the pending mouse event. Returns OK or ERR. */
static inline int cncw_get_mouse(int *x, int *y, mmask_t *state) {
    MEVENT ev;
    memset(&ev, 0, sizeof ev);
    if (getmouse(&ev) != OK) return ERR;
    *x = ev.x;
    *y = ev.y;
    *state = ev.bstate;
    return OK;
}

/* ---- Signals --------------------------------------------------------------------- */

/* One process-wide flag (weak so every object file that emits it shares one copy). */
__attribute__((weak)) volatile sig_atomic_t cncw_pending_signal_storage = 0;

/* The write end of the backend's wake pipe, or -1. The handler writes one byte to it, so a
 * poll() about to start when the signal arrives still returns at once (the self-pipe trick). */
__attribute__((weak)) volatile int cncw_wake_fd_storage = -1;

/* Sets the wake pipe's write end (-1: none). */
static inline void cncw_set_wake_fd(int fd) { cncw_wake_fd_storage = fd; }

/* Async-signal-safe handler: records the signal number and writes a byte to the wake pipe. */
static inline void cncw_record_signal(int sig) {
    int saved = errno;
    cncw_pending_signal_storage = sig;
    int fd = cncw_wake_fd_storage;
    if (fd >= 0) { char b = 's'; ssize_t n = write(fd, &b, 1); (void)n; }
    errno = saved;
}

/* The last recorded signal number, or 0. */
static inline int cncw_pending_signal(void) { return (int)cncw_pending_signal_storage; }

/* Sets the flag (0 clears it). */
static inline void cncw_set_pending_signal(int sig) { cncw_pending_signal_storage = sig; }

/* Unblocks INT, TERM, HUP, WINCH, TSTP and CONT for the calling thread (0 on success). */
static inline int cncw_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/* Installs the flag-setting handler for SIGINT, SIGTERM and SIGHUP (0 on success).
 * No SA_RESTART, so a blocking read is interrupted. */
static inline int cncw_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cncw_record_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    int rc = 0;
    rc |= sigaction(SIGINT, &sa, NULL);
    rc |= sigaction(SIGTERM, &sa, NULL);
    rc |= sigaction(SIGHUP, &sa, NULL);
    return rc;
}

/* Puts SIGINT, SIGTERM and SIGHUP back to their default disposition. */
static inline void cncw_reset_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

#endif /* CNCURSESW_SHIM_H */
