import NetplanBase
import NetplanSyntax
import NetplanCheck

/// What `netplan report --watch` adds to the page.
///
/// - While watched, the page reloads itself every two seconds: a small script
///   at the end of the page keeps the scroll position in `sessionStorage`
///   across reloads, and `<noscript><meta http-equiv="refresh">` does the
///   reload where scripts are off. Both work from `file://` in Chromium and
///   Firefox.
/// - After a broken save (errors in the plan, a plan that cannot be read),
///   a red banner at the top says what is wrong: the first errors with their
///   line numbers, in the page's language. The rest of the page is the last
///   version without errors, or nothing when there was none yet.
///
/// A page written without `--watch`, and the last page `--watch` writes when
/// it stops, carry neither: they never reload.
public struct WatchedPage: Sendable, Hashable {
    /// Whether the page reloads itself.
    public var reloads: Bool
    /// What is wrong with the latest save, if anything.
    public var problem: WatchProblem?

    public init(reloads: Bool, problem: WatchProblem? = nil) {
        self.reloads = reloads
        self.problem = problem
    }

    /// Seconds between reloads.
    static let reloadSeconds = 2

    /// The `<head>` part: the reload for browsers without scripts, and the banner's style.
    func head(into out: inout ByteWriter) {
        if reloads {
            out.append("<noscript><meta http-equiv=\"refresh\" content=\"")
            out.append(decimal: Self.reloadSeconds)
            out.append("\"></noscript>\n")
        }
        if problem != nil {
            out.append("<style>\n")
            out.append(Self.bannerStyle)
            out.append("</style>\n")
        }
    }

    /// The end of `<body>`: the reload that keeps the scroll position.
    func tail(into out: inout ByteWriter) {
        guard reloads else { return }
        out.append(
            """
            <script>
            (function () {
              var key = "netplan-scroll:" + location.pathname;
              try { var y = sessionStorage.getItem(key); if (y !== null) { window.scrollTo(0, Number(y)); } } catch (e) {}
              setTimeout(function () {
                try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
                location.reload();
            """)
        out.append("\n  }, ")
        out.append(decimal: Self.reloadSeconds * 1000)
        out.append(
            """
            );
            })();
            </script>

            """)
    }

    /// The banner at the top of `<main>`.
    func banner(_ language: Language, into out: inout ByteWriter) {
        guard let problem else { return }
        out.append("<aside class=\"watch-banner\" role=\"alert\">\n<p class=\"watch-headline\"><strong>⚠ ")
        out.appendHTML(problem.headline(language))
        out.append("</strong></p>\n")
        if !problem.details.isEmpty {
            out.append("<ul>\n")
            for detail in problem.details {
                out.append("<li>")
                out.appendHTMLMessage(detail(language))
                out.append("</li>\n")
            }
            out.append("</ul>\n")
        }
        out.append("<p class=\"watch-then\">")
        out.appendHTMLMessage(problem.then(language))
        out.append("</p>\n</aside>\n")
    }

    static let bannerStyle: StaticString = """
        .watch-banner { border: 4px solid var(--alert); background: var(--alert-soft); color: #7a1209;
          border-radius: 8px; padding: 14px 20px; margin: 0 0 20px; font-size: 16px; line-height: 1.45; }
        .watch-banner .watch-headline { font-size: 19px; color: var(--alert); margin-bottom: 6px; }
        .watch-banner ul { margin: 6px 0 8px; padding-left: 22px; }
        .watch-banner li { margin: 2px 0; }
        .watch-banner code { background: #fff; }
        .watch-banner .watch-then { color: var(--ink); font-size: 14.5px; }
        @media print { .watch-banner { font-size: 10pt; padding: 6px 12px; } }

        """

    /// A page that is only the banner: the first save was already broken.
    public static func bannerOnly(_ problem: WatchProblem, reloads: Bool, language: Language) -> String {
        var out = ByteWriter(capacity: 32 * 1024)
        writeBannerOnly(problem, reloads: reloads, language: language, into: &out)
        return out.text
    }

    /// Writes the page that is only the banner into `out`.
    public static func writeBannerOnly(
        _ problem: WatchProblem, reloads: Bool, language: Language, into out: inout ByteWriter
    ) {
        let page = WatchedPage(reloads: reloads, problem: problem)
        out.append("<!DOCTYPE html>\n<html lang=\"")
        out.append(utf8: language.rawValue)
        out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.append("<meta name=\"generator\" content=\"netplan ")
        out.appendHTML(Release.version)
        out.append("\">\n<meta name=\"color-scheme\" content=\"light\">\n<title>")
        out.appendHTML(problem.headline(language))
        out.append("</title>\n<style>\n")
        out.append(utf8: ReportPage.style)
        out.append("</style>\n")
        page.head(into: &out)
        out.append("</head>\n<body>\n<main>\n")
        page.banner(language, into: &out)
        out.append("</main>\n")
        page.tail(into: &out)
        out.append("</body>\n</html>\n")
    }
}

/// Why the latest save of a watched plan gave no new page.
public struct WatchProblem: Sendable, Hashable {
    /// "plan.netplan has 2 errors" / "plan.netplan cannot be read".
    public var headline: Text
    /// The first errors, "line 3: …", or the reason the plan cannot be read.
    public var details: [Text]
    /// What the page below shows, and what to do.
    public var then: Text

    /// At most this many errors are listed; the rest are counted.
    static let shownErrors = 5

    /// The problem of a plan with errors; `keptPage` says whether the page
    /// below is the last version without errors.
    public init?(_ result: CheckResult, keptPage: Bool) {
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        let path = ControlCharacters.visible(result.source.path)
        let count = Vocabulary.some(errors.count, .error)
        headline = Text(en: "\(path) has \(count.en) in its latest save", da: "\(path) har \(count.da) i den senest gemte udgave")
        var details: [Text] = errors.prefix(Self.shownErrors).map { error in
            let location = result.source.location(of: error.range.start)
            let file = error.primary.file.map { " (\(ControlCharacters.visible($0)))" } ?? ""
            return Text(
                en: "Line \(location.line)\(file): \(error.message.en)", da: "Linje \(location.line)\(file): \(error.message.da)")
        }
        let more = errors.count - Self.shownErrors
        if more > 0 {
            details.append(Text(en: "and \(more) more", da: "og \(more) til"))
        }
        self.details = details
        then = Self.then(path: path, keptPage: keptPage)
    }

    /// The problem of a plan that cannot be read, with the reason.
    public init(unreadable path: String, reason: Text, keptPage: Bool) {
        let path = ControlCharacters.visible(path)
        headline = Text(en: "\(path) cannot be read", da: "\(path) kan ikke læses")
        details = [reason]
        then = Self.then(path: path, keptPage: keptPage)
    }

    static func then(path: String, keptPage: Bool) -> Text {
        keptPage
            ? Text(
                en: "Below is the last version without errors. The page updates itself as soon as the plan is saved without errors; `netplan check \(path)` shows the errors with help.",
                da: "Nedenfor ses den seneste udgave uden fejl. Siden opdaterer sig selv, så snart planen er gemt uden fejl; `netplan check \(path)` viser fejlene med hjælp.")
            : Text(
                en: "There is no version without errors to show yet. The page updates itself as soon as the plan is saved without errors; `netplan check \(path)` shows the errors with help.",
                da: "Der er endnu ingen udgave uden fejl at vise. Siden opdaterer sig selv, så snart planen er gemt uden fejl; `netplan check \(path)` viser fejlene med hjælp.")
    }
}
