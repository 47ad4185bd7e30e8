import NetplanBase
import NetplanSyntax

/// How a `NameOccurrence` keeps its use and referent in a few bytes: a
/// plan of many thousands of lines has an occurrence for every name written,
/// and an enum with a payload would take 16 bytes for each of the two.
enum Packed {
    private static let referenceKinds: [ReferenceKind] = [.invitee, .participant, .referrer, .competence, .category, .phase]
    private static let roles: [RoleKind] = RoleKind.allCases

    static func code(_ use: NameOccurrence.Use) -> UInt8 {
        switch use {
        case .declaration: return 0
        case .invite: return 1
        case .without: return 2
        case .via: return 3
        case .brings: return 4
        case .needs: return 5
        case .category: return 6
        case .meeting: return 7
        case .role(let role): return 8 &+ UInt8(truncatingIfNeeded: roles.firstIndex(of: role) ?? 0)
        }
    }

    static func use(_ code: UInt8) -> NameOccurrence.Use {
        switch code {
        case 0: return .declaration
        case 1: return .invite
        case 2: return .without
        case 3: return .via
        case 4: return .brings
        case 5: return .needs
        case 6: return .category
        case 7: return .meeting
        default: return .role(roles[min(Int(code &- 8), roles.count - 1)])
        }
    }

    static func code(_ referent: Referent) -> (UInt8, UInt8, UInt32) {
        switch referent {
        case .participant(let index): return (0, 0, UInt32(clamping: index))
        case .competence(let index): return (1, 0, UInt32(clamping: index))
        case .phase(let index): return (2, 0, UInt32(clamping: index))
        case .roleHolder(let id): return (3, 0, id.raw)
        case .category(let id): return (4, 0, id.raw)
        case .unresolved(let kind, let id):
            return (5, UInt8(truncatingIfNeeded: referenceKinds.firstIndex(of: kind) ?? 0), id.raw)
        }
    }

    static func referent(_ tag: UInt8, _ kind: UInt8, _ value: UInt32) -> Referent {
        switch tag {
        case 0: return .participant(Int(value))
        case 1: return .competence(Int(value))
        case 2: return .phase(Int(value))
        case 3: return .roleHolder(NameID(raw: value))
        case 4: return .category(NameID(raw: value))
        default: return .unresolved(referenceKinds[min(Int(kind), referenceKinds.count - 1)], NameID(raw: value))
        }
    }
}
