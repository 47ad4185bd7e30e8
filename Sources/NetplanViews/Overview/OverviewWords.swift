import NetplanBase
import NetplanSyntax

/// The words the overview uses in every format.
enum OverviewWords {
    static let kicker = Text(en: "Overview", da: "Overblik")
    static let title = Text(en: "The municipality's networks", da: "Kommunens netværk")
    static let networks = Text(en: "Networks", da: "Netværk")
    static let timeline = Text(en: "Timeline", da: "Tidslinje")
    static let timelineKey = Text(
        en: "Each band is a phase over its dates; each small orange diamond under the bands is a meeting. Point at a band or a mark for its name and dates.",
        da: "Hvert bånd er en fase over dens datoer; hver lille orange rombe under båndene er et møde. Peg på et bånd eller et mærke for at se navn og datoer.")
    static let people = Text(en: "People and networks", da: "Personer og netværk")
    static let peopleLead = Text(
        en: "What each person is in each network: a role, core, as needed, or declined, and in how many networks they are core. Those in the most networks come first.",
        da: "Hvad hver person er i hvert netværk: en rolle, kerne, løbende eller afslået, og i hvor mange netværk vedkommende er kernedeltager. Dem, der er med i flest netværk, står først.")
    static let units = Text(en: "Units and networks", da: "Enheder og netværk")
    static let unitsLead = Text(
        en: "How many people from each unit take part in each network (declined people not counted).",
        da: "Hvor mange personer fra hver enhed der er med i hvert netværk (personer, der har afslået, tælles ikke med).")
    static let person = Text(en: "Person", da: "Person")
    static let unit = Text(en: "Unit", da: "Enhed")
    static let meeting = Text(en: "meeting", da: "møde")
    static let coreIn = Text(en: "Core in", da: "Kerne i")
    static let network = Text(en: "Network", da: "Netværk")
    static let noUnit = Text(en: "no unit given", da: "ingen enhed angivet")
    static let openReport = Text(en: "Open the plan's report", da: "Åbn planens rapport")
    static let report = Text(en: "Report", da: "Rapport")
    static let incomplete = Text(
        en: "The plan has errors: people or phases on those lines may be missing here. Run `netplan check` on it.",
        da: "Planen har fejl: personer eller faser på de linjer kan mangle her. Kør `netplan check` på den.")
    static let coverage = Text(en: "Competence coverage", da: "Kompetencedækning")
    static let coverageLead = Text(
        en: "How many people and groups bring each competence of the network's diamond.",
        da: "Hvor mange personer og grupper der bidrager med hver af netværkets kompetencer.")
    static func severities(_ severity: Severity) -> Text {
        switch severity {
        case .error: return Text(en: "Errors", da: "Fejl")
        case .warning: return Text(en: "Warnings", da: "Advarsler")
        case .note: return Text(en: "Notes", da: "Bemærkninger")
        }
    }
    static let period = Text(en: "Period", da: "Periode")

    static func phases(_ count: Int) -> Text {
        Text(en: count == 1 ? "1 phase" : "\(count) phases", da: count == 1 ? "1 fase" : "\(count) faser")
    }

    static func plansWithErrors(_ count: Int) -> Text {
        Text(
            en: count == 1 ? "1 plan has errors" : "\(count) plans have errors",
            da: count == 1 ? "1 plan har fejl" : "\(count) planer har fejl")
    }

    /// "2 warnings" / "2 advarsler".
    static func count(_ count: Int, _ severity: Severity) -> Text {
        Vocabulary.count(count, severity)
    }

    /// A link target: every byte outside the unreserved set and `/` percent-encoded,
    /// so a space, `#` or `?` in a file name cannot change what the link opens.
    static func href(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))))
                || "-._~/".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
