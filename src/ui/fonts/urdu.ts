import './urdu.css';
import regular from '../../../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2?url';
import bold from '../../../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2?url';

/** The Urdu font's files, so choosing Urdu can fetch them at once and keep them for offline. */
export const URDU_FONT_FILES = [regular, bold];
