/// The overview's own style, after the report's style sheet (colours, type, print page).
extension OverviewPage {
    static let style = """
        .network-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(290px, 1fr)); gap: 12px; margin: 6px 0 22px; }
        .network-card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; break-inside: avoid; }
        .network-card.has-errors { border-color: var(--alert); }
        .network-card h3 { margin: 0 0 2px; font-size: 15.5px; }
        .network-card h3 a { color: var(--core); }
        .card-meta { color: var(--muted); font-size: 12.5px; }
        .num { display: inline-block; min-width: 1.6em; padding: 0 5px; border-radius: 9px; background: var(--core); color: #fff;
          font-size: 11.5px; font-weight: 700; text-align: center; }
        svg .num { fill: var(--core); font-weight: 700; }
        .mini-diamond { display: block; width: 100%; max-width: 300px; height: auto; margin: 4px auto 0; }
        .mini-diamond .outline { fill: var(--soft); stroke: var(--faint); stroke-width: 1; }
        .mini-diamond .reach { fill: var(--core-soft); stroke: var(--core); stroke-width: 1.5; }
        .mini-diamond .corner { font-size: 11px; fill: var(--ink); }
        .mini-diamond .corner .n { font-weight: 700; fill: var(--core); }
        .mini-diamond .corner.missing, .mini-diamond .corner.missing .n { fill: var(--alert); font-weight: 700; }
        .findings { display: flex; gap: 6px; flex-wrap: wrap; font-size: 12.5px; margin-top: 4px; }
        .tally { border-radius: 10px; padding: 0 8px; background: var(--soft); color: var(--muted); }
        .tally.error.some { background: var(--alert-soft); color: var(--alert); font-weight: 700; }
        .tally.warning.some { background: var(--warn-soft); color: var(--warn); font-weight: 600; }
        .small { font-size: 12.5px; margin-top: 4px; }
        .alert { color: var(--alert); }
        section { margin-bottom: 22px; }
        svg.ov-timeline { width: 100%; height: auto; display: block; font-family: inherit; }
        .ov-timeline .tick { stroke: var(--line); stroke-width: 1; }
        .ov-timeline .tick-label { font-size: 11px; fill: var(--muted); }
        .ov-timeline .lane-label { font-size: 12px; font-weight: 700; fill: var(--ink); }
        .ov-timeline .lane-rule { stroke: var(--line); stroke-dasharray: 2 3; }
        .ov-timeline .ov-band rect { fill: var(--core); }
        .ov-timeline .ov-band.b1 rect { fill: var(--need); }
        .ov-timeline .ov-band text { font-size: 11.5px; fill: #fff; font-weight: 600; }
        .ov-timeline .ov-mark { fill: var(--grp); stroke: #fff; stroke-width: 1; }
        .ov-timeline .undated { font-size: 12px; fill: var(--muted); font-style: italic; }
        table.cross { border-collapse: collapse; width: 100%; font-size: 13px; }
        table.cross th, table.cross td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
        table.cross thead th { background: var(--soft); font-size: 12px; }
        table.cross thead th.net { min-width: 90px; }
        table.cross tbody th { font-weight: 600; white-space: nowrap; }
        table.cross td.unit { color: var(--muted); }
        table.cross td.core { background: var(--core-soft); color: var(--core); font-weight: 600; }
        table.cross td.asNeeded { background: var(--need-soft); color: var(--need-ink); }
        table.cross td.leader, table.cross td.codriver, table.cross td.reference { background: var(--grp-soft); color: var(--grp-ink); font-weight: 600; }
        table.cross td.declined { background: var(--out-soft); color: var(--out); text-decoration: line-through; }
        table.cross td.n { text-align: right; font-weight: 600; }
        table.cross td.n.many { color: var(--alert); }
        table.cross td.zero { text-align: right; color: var(--faint); }
        table.cross tr { break-inside: avoid; }
        @media print {
          svg.ov-timeline { max-height: 110mm; }
          body { background: #fff; font-size: 12px; }
          main { padding: 0; max-width: none; }
          .network-cards { grid-template-columns: repeat(3, 1fr); }
          a { color: inherit; }
        }

        """
}
