// Regenerates renderer/theme.css from the palette (npm run theme-css).
import { writeFile } from 'node:fs/promises';
import { themeCss } from '../src/style/css';

await writeFile(new URL('../renderer/theme.css', import.meta.url), themeCss());
console.log('wrote renderer/theme.css');
