// How values, targets and verdicts read on the pages.

const COMPARATORS = {GE: '≥', GT: '>', LE: '≤', LT: '<'};

/** A value in its unit: a RATIO as a percentage with four significant digits, a rate as is. */
export function formatValue(value, unit) {
    if (value === null || value === undefined) return '–';
    if (unit === 'RATIO') return `${trim((value * 100).toPrecision(4))} %`;
    return trim(Number(value).toPrecision(4));
}

function trim(text) {
    return text.includes('e') ? text : text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

export function unitLabel(unit) {
    return unit === 'PER_100_CUSTOMERS_PER_YEAR' ? 'per 100 customers per year' : '';
}

export function formatTarget(target, unit) {
    if (!target) return '–';
    return `${COMPARATORS[target.comparator] ?? target.comparator} ${formatValue(target.value, unit)}`;
}

export function formatInteger(n) {
    return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US');
}

export function formatDateTime(iso) {
    if (!iso) return '–';
    // Shown as sent (the profile's time zone, +07:00), without seconds.
    return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?(?=[+-Z])/, '').replace('Z', ' UTC');
}

/** An instant in UTC, to the minute, whatever offset it was sent with (e.g. a publication's time). */
export function formatInstant(iso) {
    if (!iso) return '–';
    return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A result's sample against the method's minimum; a KPI that counts everything (no minimum) shows the count alone.
 * Coverage's minimum is a share of the area's streets measured, so its streets are shown instead of samples.
 */
export function formatSample(result) {
    const sample = result?.sample;
    if (!sample) return '–';
    const streets = result.streets;
    if (streets && streets.required !== undefined) {
        return `${formatInteger(streets.measured)} of ${formatInteger(streets.inventory)} streets measured, `
            + `${formatInteger(streets.required)} required (${formatInteger(sample.valid)} valid samples)`;
    }
    return sample.required ? `${formatInteger(sample.valid)} valid of ${formatInteger(sample.required)} required`
        : `${formatInteger(sample.valid)} counted (no minimum)`;
}

/** A verdict badge: PASS, FAIL, INSUFFICIENT DATA or INFORMATIVE (no verdict). */
export function verdictClass(verdict) {
    return {PASS: 'pass', FAIL: 'fail', INSUFFICIENT_DATA: 'insufficient', INCOMPLETE: 'insufficient'}[verdict] ?? 'neutral';
}

export function verdictLabel(verdict) {
    return verdict ? verdict.replace('_', ' ') : 'INFORMATIVE';
}

/** The family of a KPI id: the API path segment of its service. */
export function familyOf(kpiId) {
    const prefix = kpiId.split('.')[0];
    return prefix === 'support' ? 'complaints' : prefix;
}

/** A result's label on a page: its KPI, method and area. */
export function resultLabel(result) {
    return [result.method, result.areaCode].filter(Boolean).join(' · ');
}
