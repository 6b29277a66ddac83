// Each module's demo seeder registers itself when imported here (one line per module).
import './dsarDemo'
import './breachDemo'
export {}
