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
    func head() -> String {
        var out = ""
        if reloads { out += "<noscript><meta http-equiv=\"refresh\" content=\"\(Self.reloadSeconds)\"></noscript>\n" }
        if problem != nil { out += "<style>\n\(Self.bannerStyle)</style>\n" }
        return out
    }

    /// The end of `<body>`: the reload that keeps the scroll position.
    func tail() -> String {
        guard reloads else { return "" }
        return """
            <script>
            (function () {
              var key = "netplan-scroll:" + location.pathname;
              try { var y = sessionStorage.getItem(key); if (y !== null) { window.scrollTo(0, Number(y)); } } catch (e) {}
              setTimeout(function () {
                try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
                location.reload();
              }, \(Self.reloadSeconds * 1000));
            })();
            </script>

            """
    }

    /// The banner at the top of `<main>`.
    func banner(_ language: Language) -> String {
        guard let problem else { return "" }
        var out = "<aside class=\"watch-banner\" role=\"alert\">\n"
        out += "<p class=\"watch-headline\"><strong>⚠ \(HTML.escape(problem.headline(language)))</strong></p>\n"
        if !problem.details.isEmpty {
            out += "<ul>\n"
            for detail in problem.details { out += "<li>\(HTML.message(detail(language)))</li>\n" }
            out += "</ul>\n"
        }
        out += "<p class=\"watch-then\">\(HTML.message(problem.then(language)))</p>\n"
        out += "</aside>\n"
        return out
    }

    static let bannerStyle = """
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
        let page = WatchedPage(reloads: reloads, problem: problem)
        var out = "<!DOCTYPE html>\n"
        out += "<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"netplan \(HTML.escape(Release.version))\">\n"
        out += "<meta name=\"color-scheme\" content=\"light\">\n"
        out += "<title>\(HTML.escape(problem.headline(language)))</title>\n"
        out += "<style>\n\(ReportPage.style)</style>\n"
        out += page.head()
        out += "</head>\n<body>\n<main>\n"
        out += page.banner(language)
        out += "</main>\n"
        out += page.tail()
        out += "</body>\n</html>\n"
        return out
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
