import NetplanBase
import NetplanSyntax

/// Errors in registers reach the files that use them (NP016).
///
/// A register that is checked in the same run shows its own findings; one
/// that is only used (a plan checked alone) would hide them, and the plan
/// would quietly miss the people on its broken lines. So each `use` line
/// gets one error naming the first register with errors it reaches,
/// directly or through other registers, that is not checked itself. Each
/// register is named once per file, on the first `use` line that reaches
/// it; the walk marks every file it has seen, so a circle of registers ends.
extension Workspace {
    /// A register's own result: the register rules, its syntax findings and
    /// the loading findings of its `use` lines, computed once.
    mutating func registerResult(of path: String, tree: SyntaxTree) -> CheckResult {
        if let result = registerResults[path] { return result }
        let register = self.register(of: path)
        let checked = Checker.check(tree, register: register, rules: Self.registerRules, today: nil)
        let result = CheckResult(
            tree: checked.tree, plan: checked.plan, configuration: checked.configuration,
            diagnostics: (checked.diagnostics + (problems[path] ?? [])).sortedByPosition())
        registerResults[path] = result
        return result
    }

    /// One NP016 error for each `use` line of the file at `path` that reaches
    /// a register with errors outside `given`.
    mutating func brokenRegisters(usedBy path: String, tree: SyntaxTree, given: Set<String>) -> [Diagnostic] {
        var seen: Set<String> = [path]
        var found: [Diagnostic] = []
        for decl in Self.uses(tree) {
            let target = WorkspacePath.resolve(decl.path.text, from: path)
            var broken: [(path: String, result: CheckResult, errors: [Diagnostic])] = []
            var stack = [target]
            while let next = stack.popLast() {
                guard !given.contains(next), seen.insert(next).inserted,
                    case .success(let used) = load(next)
                else { continue }
                let result = registerResult(of: next, tree: used)
                let errors = result.diagnostics.filter { $0.severity == .error }
                if !errors.isEmpty { broken.append((next, result, errors)) }
                stack += Self.uses(used).map { WorkspacePath.resolve($0.path.text, from: next) }.reversed()
            }
            guard let first = broken.first, let error = first.errors.first else { continue }
            let line = first.result.source.lineIndex(of: error.range.start) + 1
            found.append(
                WorkspaceMessages.brokenRegister(
                    written: decl.path.text, reached: first.path == target ? nil : Self.shown(first.path, from: path),
                    command: first.path, errors: first.errors.count, line: line, first: error.message,
                    more: broken.count - 1, at: decl.path.range))
        }
        return found
    }

    /// The `use` lines of a file, in order.
    static func uses(_ tree: SyntaxTree) -> [UseDecl] {
        tree.statements.uses.map(\.declaration)
    }

    /// A register's path as seen from the folder of the file that uses it.
    static func shown(_ path: String, from user: String) -> String {
        guard let slash = user.lastIndex(of: "/") else { return path }
        let folder = String(user[...slash])
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
}
