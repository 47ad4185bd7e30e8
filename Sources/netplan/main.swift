import Foundation
import NetplanCLI

// A reader that goes away (`netplan check plans | head -1`) must give EPIPE
// and an ordinary exit code, not kill netplan with a signal.
signal(SIGPIPE, SIG_IGN)
exit(Tool.run(Console()).rawValue)
