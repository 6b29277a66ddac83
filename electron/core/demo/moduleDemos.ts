// Each module's demo seeder registers itself when imported here (one line per module).
import './registerDemo'
import './dsarDemo'
import './breachDemo'
import './transfersDemo'
export {}
