/**
 * Measures and their units as news in English, French, Hungarian and Chinese writes them:
 * "85 mph" = "135 km/h", "385 miles" = "620 km", "4 inches" = "10 cm", "100 °F" = "38 °C".
 * A measure is kept in SI units; translators round what they convert, so two measures of the
 * same kind meet within a tolerance (sameMeasure), not only when equal.
 */
export type Dimension = "length" | "speed" | "mass" | "temperature" | "area" | "volume";
/** A measure in SI units (metres, metres per second, kilograms, °C, square metres, cubic metres). */
export type Measure = { dimension: Dimension; value: number };
type Unit = { dimension: Dimension; factor: number; offset?: number };

const L = (factor: number): Unit => ({ dimension: "length", factor });
/**
 * Unit names by what they measure. Hungarian names take endings ("kilométerre", "mérföldes"),
 * listed in HUNGARIAN_NAMES; "m" alone is metres (a million only after a currency sign, which
 * the scale rule reads first).
 */
const UNITS: Array<[string[], Unit]> = [
  [["mm", "millimetres", "millimeters", "millimètres", "milliméter", "毫米"], L(0.001)],
  [["cm", "centimetres", "centimeters", "centimètres", "centiméter", "厘米", "公分"], L(0.01)],
  [["m", "metres", "meters", "metre", "meter", "mètres", "mètre", "méter", "米", "公尺"], L(1)],
  [["km", "kilometres", "kilometers", "kilometre", "kilometer", "kilomètres", "kilomètre", "kilométer", "公里", "千米"], L(1000)],
  [["inches", "inch", "pouces", "pouce", "hüvelyk", "英寸"], L(0.0254)],
  [["ft", "feet", "foot", "pieds", "pied", "láb", "英尺"], L(0.3048)],
  [["yards", "yard", "yd", "码"], L(0.9144)],
  [["miles", "mile", "milles", "mérföld", "英里"], L(1609.344)],
  [["mph", "miles per hour", "miles an hour", "mérföld/óra", "英里/小时", "英里每小时"], { dimension: "speed", factor: 0.44704 }],
  [["km/h", "kph", "kmh", "km/óra", "kilometres per hour", "kilometers per hour", "kilomètres par heure", "kilomètres-heure", "公里/小时", "公里每小时", "千米/小时", "千米每小时"], { dimension: "speed", factor: 1 / 3.6 }],
  [["knots", "nœuds", "csomó"], { dimension: "speed", factor: 0.514444 }],
  [["kg", "kilograms", "kilogrammes", "kilogramme", "kilogramm", "kiló", "公斤", "千克"], { dimension: "mass", factor: 1 }],
  // Pounds of weight ("a 550 pound hog"); a sum in pounds meets its bare number anyway.
  [["lbs", "lb", "pounds", "pound"], { dimension: "mass", factor: 0.453592 }],
  [["tonnes", "tonne", "tons", "ton", "tonna", "吨"], { dimension: "mass", factor: 1000 }],
  [["°C", "℃", "degrees Celsius", "degrés Celsius", "Celsius-fok", "摄氏度"], { dimension: "temperature", factor: 1 }],
  [["°F", "℉", "degrees Fahrenheit", "degrés Fahrenheit", "Fahrenheit-fok", "华氏度"], { dimension: "temperature", factor: 5 / 9, offset: -32 }],
  [["km²", "km2", "square kilometres", "square kilometers", "kilomètres carrés", "négyzetkilométer", "平方公里"], { dimension: "area", factor: 1e6 }],
  [["square miles", "milles carrés", "négyzetmérföld", "平方英里"], { dimension: "area", factor: 2_589_988 }],
  [["hectares", "hectare", "hektár", "公顷"], { dimension: "area", factor: 1e4 }],
  [["acres", "acre", "英亩"], { dimension: "area", factor: 4046.86 }],
  [["litres", "liters", "litre", "liter", "升"], { dimension: "volume", factor: 0.001 }],
  [["gallons", "gallon", "加仑"], { dimension: "volume", factor: 0.003785 }],
];
const HUNGARIAN_NAMES = ["km/óra", "mérföld/óra", "milliméter", "centiméter", "méter", "kilométer", "hüvelyk", "láb", "mérföld", "csomó", "kilogramm", "kiló", "tonna", "fok", "négyzetkilométer", "négyzetmérföld", "hektár", "liter", "gallon"];

const byName = new Map<string, Unit>();
for (const [names, unit] of UNITS) for (const name of names) byName.set(name.toLowerCase(), unit);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");

/**
 * A unit after a number (a space or a dash between: "6 m", "6-foot"); a unit that ends in a
 * Latin letter ends a word, unless it is Hungarian and takes an ending. Group 1: the name.
 */
export const UNIT_AFTER_NUMBER = String.raw`(?:\s?|-)(${names})(?:(?<=${HUNGARIAN_NAMES.join("|")})\p{Ll}*)?(?!(?<=\p{Script=Latin})\p{L})`;

/** The measure of `value` in the unit named `name` (as the text writes it), or undefined. */
export function measureOf(value: number, name: string): Measure | undefined {
  const unit = byName.get(name.toLowerCase());
  if (!unit) return undefined;
  return { dimension: unit.dimension, value: (value + (unit.offset ?? 0)) * unit.factor };
}

/** The key of a measure: its kind and its value in SI units, to six significant digits. */
export const measureKey = (m: Measure) => `qty:${m.dimension}:${Number(m.value.toPrecision(6))}`;

/**
 * Whether two measures say the same, as a translator converting and rounding would: the same
 * kind, within 8% (within 1.5 degrees for temperatures, where 0 °C is no zero of quantity).
 *
 * @example
 * sameMeasure(measureOf(85, "mph")!, measureOf(135, "km/h")!) // true
 */
export function sameMeasure(a: Measure, b: Measure): boolean {
  if (a.dimension !== b.dimension) return false;
  if (a.dimension === "temperature") return Math.abs(a.value - b.value) <= 1.5;
  return Math.abs(a.value - b.value) <= 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Words that join the ends of a range: "1 to 4 inches", "entre 2,5 et 10 cm", "1-4 hüvelyk", "2至3米". */
export const RANGE_JOINER = /^\s*(?:to|and|or|-|–|—|à|et|ou|és|vagy|至|到|~|～)\s*$/iu;
