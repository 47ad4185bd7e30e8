import NetplanSyntax

/// The report's style sheet: one page for the screen and for A4 landscape paper.
extension ReportPage {
    // MARK: - Style

    package static let style = """
        @page { size: A4 landscape; margin: 11mm 12mm 12mm; }
        :root {
          --ink: #1b2330; --muted: #566070; --faint: #9aa3b1; --line: #d9dee6; --soft: #f3f5f8; --paper: #fff;
          --core: #1f4e79; --core-soft: #e2ebf5;
          --need: #3b8fd0; --need-soft: #e3f1fb; --need-ink: #155c8f;
          --grp: #c0842a; --grp-soft: #fbefdb; --grp-ink: #6f450b;
          --alert: #b42318; --alert-soft: #fdecea;
          --warn: #a15c07; --warn-soft: #fdf2e0;
          --ok: #22734a; --ok-soft: #e4f3ea;
          --out: #6b7482; --out-soft: #eceff3;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #e9edf2; color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
        main { max-width: 1320px; margin: 0 auto; padding: 28px 36px 36px; background: var(--paper); }
        h1, h2, h3 { line-height: 1.2; margin: 0; }
        h2 { font-size: 19px; margin: 0 0 6px; color: var(--core); }
        h3 { font-size: 15px; margin: 14px 0 8px; }
        p { margin: 0; }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em;
          background: var(--soft); border-radius: 4px; padding: 0 4px; }
        .sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .count { color: var(--muted); font-weight: 400; }
        .lead { color: var(--muted); font-size: 14px; margin-bottom: 8px; }
        .empty, .quiet { color: var(--muted); }
        .note-text { color: var(--muted); font-size: 13px; margin-top: 6px; }

        .incomplete { display: block; border: 3px solid var(--alert); background: var(--alert-soft); color: var(--alert);
          border-radius: 8px; padding: 10px 16px; margin: 0 0 16px; font-size: 15px; font-weight: 600; }
        .incomplete strong { font-size: 17px; letter-spacing: .04em; margin-right: 4px; }
        .incomplete code { background: #fff; }
        .incomplete a { color: var(--alert); }
        .masthead { border-bottom: 3px solid var(--core); padding-bottom: 16px; margin-bottom: 20px; }
        .kicker { text-transform: uppercase; letter-spacing: .09em; font-size: 12px; font-weight: 700; color: var(--muted); }
        h1 { font-size: 30px; margin: 2px 0 6px; }
        h1.unset { color: var(--muted); font-style: italic; }
        .meta { color: var(--muted); font-size: 14px; display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
        .badge { background: var(--core); color: #fff; border-radius: 12px; padding: 1px 10px; font-size: 13px; font-weight: 600; }
        .roles { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 0; }
        .role { border: 1px solid var(--line); border-radius: 8px; padding: 6px 14px; min-width: 190px; }
        .role dt { font-size: 11.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        .role dd { margin: 0; font-weight: 650; font-size: 16px; }
        .role.unset { border-style: dashed; border-color: var(--alert); }
        .role.unset dd { color: var(--alert); font-weight: 400; font-style: italic; }
        .stats { list-style: none; padding: 0; margin: 12px 0 0; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 10px; }
        .stat { background: var(--soft); border-radius: 8px; padding: 8px 14px; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; }
        .stat .n { font-size: 26px; font-weight: 700; line-height: 1.15; color: var(--core); }
        .stat .l { font-size: 14px; font-weight: 600; }
        .stat .d { flex-basis: 100%; font-size: 12.5px; color: var(--muted); }
        .stat.alert { background: var(--alert-soft); }
        .stat.alert .n, .stat.alert .d { color: var(--alert); }

        .overview { display: grid; grid-template-columns: minmax(0, 2.5fr) minmax(0, 1fr); gap: 20px; margin-bottom: 24px; }
        .card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
        .diamond-row { display: grid; grid-template-columns: minmax(0, 1.9fr) minmax(0, 1fr); gap: 16px; align-items: center; }
        .figure { margin: 0; }
        svg.diamond { display: block; width: 100%; max-width: 600px; height: auto; margin: 0 auto; font-family: inherit; }
        .diamond .frame { fill: #f6f8fb; stroke: #98a3b3; stroke-width: 1.5; }
        .diamond .ring { fill: none; stroke: #c5cdd8; stroke-dasharray: 4 4; }
        .diamond .axis { stroke: #c5cdd8; stroke-width: 1; }
        .diamond .reach-all { fill: var(--need); fill-opacity: .2; stroke: var(--need); stroke-width: 1.5; stroke-linejoin: round; }
        .diamond .reach-core { fill: var(--core); fill-opacity: .45; stroke: var(--core); stroke-width: 1.5; stroke-linejoin: round; }
        .diamond .dot { fill: var(--core); stroke: #fff; stroke-width: 2.5; }
        .diamond .missing .dot { fill: var(--alert); }
        .diamond .name { font-size: 16px; font-weight: 700; fill: var(--ink); }
        .diamond .missing .name { fill: var(--alert); }
        .diamond .nobody { font-size: 13.5px; font-weight: 700; fill: var(--alert); }
        .diamond .chip rect { stroke-width: 1.3; }
        .diamond .chip text { font-size: 13px; font-weight: 700; }
        .diamond .chip.core rect { fill: var(--core); stroke: var(--core); }
        .diamond .chip.core text { fill: #fff; }
        .diamond .chip.need rect { fill: var(--need-soft); stroke: var(--need); }
        .diamond .chip.need text { fill: var(--need-ink); }
        .diamond .chip.grp rect { fill: var(--grp-soft); stroke: var(--grp); }
        .diamond .chip.grp text { fill: var(--grp-ink); }
        .diamond .empty { fill: var(--muted); font-size: 16px; }
        .diamond .holder { font-size: 14.5px; font-weight: 600; }
        .diamond .holder.core { fill: var(--core); }
        .diamond .holder.need { fill: var(--need-ink); }
        .diamond .holder.grp { fill: var(--grp-ink); }
        .diamond .holder.more { fill: var(--muted); font-weight: 400; font-style: italic; }
        table.counts { border-collapse: collapse; width: 100%; font-size: 14px; }
        .counts caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
        .counts th, .counts td { padding: 4px 6px; border-bottom: 1px solid var(--line); text-align: center; }
        .counts th[scope=row] { text-align: left; font-weight: 600; }
        .counts thead th { font-size: 12px; color: var(--muted); font-weight: 600; line-height: 1.25; }
        .counts tr.missing th, .counts tr.missing td { color: var(--alert); background: var(--alert-soft); font-weight: 700; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 4px; vertical-align: -1px; border: 1.3px solid; }
        .swatch.core { background: var(--core); border-color: var(--core); }
        .swatch.need { background: var(--need-soft); border-color: var(--need); }
        .swatch.grp { background: var(--grp-soft); border-color: var(--grp); }

        ul.referrals { list-style: none; padding: 0; margin: 0; font-size: 14px; }
        .referrals li { padding: 5px 0; border-bottom: 1px solid var(--line); }
        .referrals li:last-child { border-bottom: 0; }
        .referrals .from { font-weight: 700; }
        .referrals .arrow { color: var(--need); font-weight: 700; margin: 0 4px; }
        .referrals .unknown .from, .referrals .flag { color: var(--alert); }
        .referrals .flag { font-size: 12.5px; }

        .key { display: flex; flex-wrap: wrap; gap: 4px 20px; font-size: 13px; color: var(--muted); margin-bottom: 8px; }
        .key .mark { display: inline-block; width: 22px; text-align: center; border-radius: 4px; font-weight: 700; }
        .key .mark.core { background: var(--core-soft); color: var(--core); }
        .key .mark.invited { background: var(--need-soft); color: var(--need-ink); }
        .key .mark.without { background: var(--out-soft); color: var(--out); }
        .key .mark.absent { color: var(--faint); }
        .matrix-wrap { overflow-x: auto; }
        table.matrix { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 14px; }
        .matrix .who-col { width: var(--who, 22%); }
        .matrix caption { caption-side: top; text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 6px; }
        .matrix th, .matrix td { border-bottom: 1px solid var(--line); padding: 5px 6px; }
        .matrix td + td, .matrix th + td, .matrix th + th { border-left: 1px solid #eef1f5; }
        .matrix thead th { background: var(--core); color: #fff; vertical-align: bottom; font-weight: 600; border-bottom: 0; }
        .matrix thead th.corner { text-align: left; border-top-left-radius: 8px; }
        .matrix thead th:last-child { border-top-right-radius: 8px; }
        .matrix th.phase { text-align: center; line-height: 1.25; overflow-wrap: normal; word-break: normal; hyphens: manual; }
        .phase .num { display: inline-block; min-width: 20px; border-radius: 10px; background: rgba(255,255,255,.2); font-size: 12px; margin-bottom: 2px; }
        .phase .pname { display: block; font-size: 13.5px; }
        .phase .dates, .phase .needs { display: block; font-size: 11.5px; font-weight: 400; opacity: .9; }
        .phase .needs { font-style: italic; }
        .matrix.many .phase .pname { font-size: 12px; }
        .matrix.many .phase .dates, .matrix.many .phase .needs { font-size: 10.5px; }
        .matrix tr.section th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .07em; color: var(--core);
          padding-top: 12px; border-bottom: 1.5px solid var(--core); background: #fff; }
        .matrix th.who { text-align: left; font-weight: 400; line-height: 1.3; }
        .who .name { font-weight: 650; }
        .who .kind { font-size: 11.5px; color: var(--muted); }
        .who .tags { display: block; margin-top: 1px; }
        .comp { display: inline-block; font-size: 11.5px; line-height: 1.5; padding: 0 6px; border-radius: 9px;
          background: var(--soft); border: 1px solid var(--line); margin: 1px 0; white-space: nowrap; }
        .who .via { font-size: 11.5px; color: var(--muted); margin-left: 2px; }
        .who .none { font-size: 11.5px; color: var(--alert); font-style: italic; }
        .who .quiet { font-size: 11.5px; font-style: italic; }
        tr.group .who .name { color: var(--grp-ink); }
        td.cell { text-align: center; font-size: 16px; line-height: 1; }
        td.core { background: var(--core-soft); color: var(--core); }
        td.invited { background: var(--need-soft); color: var(--need-ink); }
        td.without { background: repeating-linear-gradient(135deg, var(--out-soft) 0 5px, #fff 5px 10px); color: var(--out); font-size: 14px; }
        td.absent { color: #c3c9d2; }
        .matrix tbody tr:hover th.who, .matrix tbody tr:hover td { box-shadow: inset 0 2px 0 #b9c6d6, inset 0 -2px 0 #b9c6d6; }
        .matrix tbody.summary th, .matrix tbody.summary td { background: var(--soft); font-size: 12.5px; vertical-align: top; text-align: center; }
        .matrix tbody.summary th.summary { text-align: left; font-weight: 700; }
        .matrix tbody.summary tr.present-row th, .matrix tbody.summary tr.present-row td { border-top: 2px solid var(--core); }
        .matrix td.present { font-weight: 700; font-size: 14px; }
        .matrix td.present.alert { color: var(--alert); }
        .comp.ok { background: var(--ok-soft); color: var(--ok); border-color: #a9d5b9; }
        .comp.miss { background: var(--alert-soft); color: var(--alert); border-color: var(--alert); font-weight: 700; }
        .matrix td.missing { background: var(--alert-soft); }
        .matrix tbody.summary .comp { white-space: normal; overflow-wrap: anywhere; max-width: 100%; }

        .facts { display: block; font-size: 11.5px; color: var(--muted); margin-top: 1px; line-height: 1.45; }
        .facts > span { margin-right: 6px; }
        .facts .unit { color: var(--ink); font-weight: 600; }
        .facts .pnote { font-style: italic; }
        .facts a, .role a { color: var(--need-ink); }
        .role .facts { font-weight: 400; font-size: 12px; }
        .status { display: inline-block; font-size: 11px; font-weight: 700; line-height: 1.35; padding: 0 6px; border-radius: 9px;
          border: 1.5px solid; white-space: nowrap; }
        .status.confirmed { background: var(--ok-soft); color: var(--ok); border-color: var(--ok); }
        .status.contacted { background: var(--warn-soft); color: var(--warn); border-color: var(--warn); border-style: dashed; }
        .status.suggested { background: #fff; color: var(--muted); border-color: var(--faint); border-style: dotted; }
        .status.declined { background: var(--out-soft); color: var(--alert); border-color: var(--alert); text-decoration: line-through; }
        .status.unknown { background: #fff; color: var(--ink); border-color: var(--line); }
        .recruitment { margin: 12px 0 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 12px; font-size: 14px; }
        .recruitment h2.inline { font-size: 15px; margin: 0; }
        .recruitment .summary-line { font-weight: 650; }
        .recruitment .open { flex-basis: 100%; color: var(--muted); font-size: 13px; }
        .recruitment.untracked { display: block; color: var(--muted); font-size: 13px; }
        td.with-purpose { vertical-align: top; }
        .purpose { display: block; font-size: 11px; line-height: 1.25; margin-top: 3px; font-style: italic; color: var(--ink);
          overflow-wrap: anywhere; hyphens: auto; }
        .phase .phase-note { display: block; font-size: 11px; font-weight: 400; opacity: .95; margin-top: 2px; }
        .meetings-section { margin-top: 26px; }
        svg.timeline { display: block; width: 100%; height: auto; font-family: inherit; font-size: 12px; }
        .timeline .tick { stroke: var(--line); stroke-width: 1; }
        .timeline .tick-label { fill: var(--muted); font-size: 11px; }
        .timeline .lane-label { font-weight: 700; fill: var(--core); font-size: 12.5px; }
        .timeline .lane-label.no-phase { fill: var(--alert); }
        .timeline .band0 { fill: var(--core-soft); stroke: var(--core); stroke-width: 1.2; }
        .timeline .band1 { fill: var(--need-soft); stroke: var(--need); stroke-width: 1.2; }
        .timeline .undated { fill: var(--muted); font-style: italic; }
        .timeline .meeting .mark { fill: var(--core); stroke: #fff; stroke-width: 1; }
        .timeline .meeting text { fill: var(--ink); }
        .timeline .meeting.no-phase .mark { fill: #fff; stroke: var(--alert); stroke-width: 2; }
        .timeline .meeting.no-phase text { fill: var(--alert); }
        .timeline-figure { margin: 6px 0 10px; }
        table.meetings { border-collapse: collapse; width: 100%; font-size: 13px; }
        .meetings th, .meetings td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        .meetings thead th { font-size: 12px; color: var(--muted); }
        .meetings tr.no-phase th, .meetings td.alert { color: var(--alert); }

        .findings-section { margin-top: 26px; }
        .findings-section h3.error { color: var(--alert); }
        .findings-section h3.warning { color: var(--warn); }
        .findings-section h3.note { color: var(--need-ink); }
        ol.findings { list-style: none; padding: 0; margin: 0; columns: 2 420px; column-gap: 16px; }
        .finding { break-inside: avoid; border: 1px solid var(--line); border-left: 5px solid var(--need); border-radius: 6px;
          padding: 8px 12px; margin: 0 0 10px; }
        .finding.error { border-left-color: var(--alert); }
        .finding.warning { border-left-color: #d48a1c; }
        .finding .head { display: flex; gap: 10px; align-items: baseline; font-size: 13px; color: var(--muted); }
        .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; border-radius: 10px; padding: 1px 8px; }
        .sev.error { background: var(--alert-soft); color: var(--alert); }
        .sev.warning { background: var(--warn-soft); color: var(--warn); }
        .sev.note { background: var(--need-soft); color: var(--need-ink); }
        .finding .code { font-weight: 700; color: var(--ink); }
        .finding .msg { font-weight: 600; margin-top: 3px; }
        .finding .msg code { font-family: inherit; font-size: 1em; background: none; padding: 0; font-weight: 750; }
        .finding .help { font-size: 14px; margin-top: 5px; }
        .finding .help b { color: var(--ok); }
        .all-good { background: var(--ok-soft); color: var(--ok); border-radius: 8px; padding: 12px 16px; font-weight: 600; }
        .colophon { margin-top: 24px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 12.5px; color: var(--muted); }

        @media screen and (max-width: 980px) {
          .overview, .diamond-row { grid-template-columns: minmax(0, 1fr); }
          .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
        }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 22pt; }
          .masthead { margin-bottom: 12px; padding-bottom: 10px; }
          .overview { margin-bottom: 0; }
          .card { padding: 10px 14px; }
          svg.diamond { max-height: 74mm; }
          .diamond-row { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
          .incomplete { margin-bottom: 8px; padding: 6px 12px; font-size: 10pt; }
          .stats { margin-top: 8px; }
          .stat { padding: 4px 10px; }
          table.counts { font-size: 9pt; }
          .matrix-section { break-before: page; }
          .matrix-wrap { overflow: visible; }
          table.matrix { font-size: 8.5pt; }
          .matrix .who-col { width: calc(var(--who, 22%) + 4%); }
          table.matrix.many { font-size: 7.5pt; }
          .matrix.many .phase .dates, .matrix.many .phase .needs { font-size: 6.5pt; }
          .matrix.many .phase .pname { font-size: 8pt; }
          .matrix th, .matrix td { padding: 2px 4px; }
          .matrix tr.section th { padding-top: 4px; }
          tbody.summary { break-inside: avoid; }
          .who .tags { display: inline; margin-left: 4px; }
          .who .kind { display: none; }
          .comp, .who .via, .who .none, .who .quiet { font-size: 7.5pt; line-height: 1.3; }
          .phase .pname { font-size: 9pt; }
          .phase .dates, .phase .needs { font-size: 7.5pt; }
          td.cell { font-size: 11pt; }
          .matrix tbody.summary th, .matrix tbody.summary td { font-size: 8pt; }
          .matrix tbody.summary .quiet { font-size: 7pt; }
          .matrix-section h2 { margin-bottom: 2px; }
          .key { margin-bottom: 2px; font-size: 8.5pt; }
          .matrix caption { display: none; }
          .facts { display: block; font-size: 7pt; line-height: 1.3; }
          .status { font-size: 6.5pt; padding: 0 4px; }
          .recruitment { font-size: 9.5pt; margin-top: 6px; }
          .purpose { font-size: 6.5pt; line-height: 1.2; margin-top: 1px; white-space: normal; overflow-wrap: anywhere; }
          .phase .phase-note { font-size: 6.5pt; }
          .meetings-section { break-before: page; margin-top: 0; }
          table.meetings { font-size: 8.5pt; }
          svg.timeline { max-height: 120mm; }
          .findings-section { margin-top: 16px; }
          .finding .msg { font-size: 10pt; }
          .finding .help { font-size: 9.5pt; }
          thead { display: table-header-group; }
          tr, .diamond-card, .role, .stat, .finding, .all-good, .counts, .referrals li { break-inside: avoid; }
          .referrals li { padding: 2px 0; font-size: 9pt; line-height: 1.35; }
          .lead { font-size: 9pt; margin-bottom: 4px; }
          .note-text { font-size: 8.5pt; }
          h2, h3, caption, .key { break-after: avoid; }
          .matrix tbody tr:hover th.who, .matrix tbody tr:hover td { box-shadow: none; }
        }

        """
}
