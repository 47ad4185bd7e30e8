import Foundation
import NetplanKit

exit(Tool.run(Console()).rawValue)
