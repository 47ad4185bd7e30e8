import NetplanBase

/// Meeting times are written as the plan writes them, Danish wall-clock
/// time, in the time zone `Europe/Copenhagen`, and the calendar carries that
/// zone's definition (`VTIMEZONE`), so a calendar anywhere shows a meeting at
/// 14.00 in July at 14.00 summer time (12:00 UTC) and one in January at 14.00
/// winter time (13:00 UTC).
///
/// The rules are the EU's, in force in Denmark since 1996: summer time
/// (CEST, UTC+2) from the last Sunday of March at 02:00 to the last Sunday of
/// October at 03:00, winter time (CET, UTC+1) the rest of the year. The rule
/// is written from 1970, as calendar programs write it; years before 1996,
/// when autumn came in September, are not modelled.
extension ICalendar {
    /// The time zone every meeting time is in.
    static let timeZoneID = "Europe/Copenhagen"

    /// The `VTIMEZONE` component for `Europe/Copenhagen`.
    static let timeZoneLines = [
        "BEGIN:VTIMEZONE",
        "TZID:" + timeZoneID,
        "X-LIC-LOCATION:" + timeZoneID,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// `YYYYMMDDTHHMMSS`, a local date-time (no `Z`): `minutes` after the
    /// midnight that starts `date`. 24.00 is midnight at the start of the next day.
    static func localDateTime(_ date: CalendarDate, minutes: Int) -> String {
        let day = minutes >= 24 * 60 ? date.next : date
        let rest = minutes % (24 * 60)
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return compact(day) + "T" + pad(rest / 60) + pad(rest % 60) + "00"
    }
}
