// How values, targets, dates and verdicts read on the pages: numbers, percentages and dates by Intl in the page's
// locale (i18n.js), instants in the profile's time zone, every word from the catalogues.
import {h} from './dom.js';
import {dateOptions, locale, t, tCode, timeZone} from './i18n.js';

const COMPARATORS = {GE: '≥', GT: '>', LE: '≤', LT: '<'};

function numberFormat(options) {
    return new Intl.NumberFormat(locale(), options);
}

/** A value in its unit: a RATIO as a percentage with four significant digits, a rate as is (four digits). */
export function formatValue(value, unit) {
    if (value === null || value === undefined) return '–';
    if (unit === 'RATIO') return numberFormat({style: 'percent', maximumSignificantDigits: 4}).format(value);
    return numberFormat({maximumSignificantDigits: 4}).format(value);
}

export function unitLabel(unit) {
    return unit === 'PER_100_CUSTOMERS_PER_YEAR' ? t('unit.PER_100_CUSTOMERS_PER_YEAR') : '';
}

export function formatTarget(target, unit) {
    if (!target) return '–';
    return `${COMPARATORS[target.comparator] ?? target.comparator} ${formatValue(target.value, unit)}`;
}

export function formatInteger(n) {
    return n === null || n === undefined ? '–' : numberFormat({maximumFractionDigits: 0}).format(Number(n));
}

/** A measured quantity (a level in dBm, a length in metres): at most one decimal. */
export function formatNumber(n) {
    return n === null || n === undefined ? '–' : numberFormat({maximumFractionDigits: 1}).format(Number(n));
}

/** A calendar date (yyyy-mm-dd, a period's bound): the same day in every zone, day first. */
export function formatDate(isoDate) {
    if (!isoDate) return '–';
    const [y, m, d] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), {...dateOptions(), timeZone: 'UTC'}).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A period: its two dates. */
export function formatPeriod(from, to) {
    return `${formatDate(from)} – ${formatDate(to)}`;
}

/** A quarter's name (2026-Q2). */
export function quarterLabel(year, quarter) {
    return t('period.quarter', {year, quarter});
}

/** An instant, to the minute, in the profile's zone (UTC+07:00), whatever offset it was sent with. */
export function formatDateTime(iso) {
    if (!iso) return '–';
    return new Intl.DateTimeFormat(locale(), {
        ...dateOptions(), hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: timeZone(), timeZoneName: 'shortOffset',
    }).format(new Date(iso));
}

/** A publication's time: an instant as above. */
export const formatInstant = formatDateTime;

/**
 * A result's sample against the method's minimum; a KPI that counts everything (no minimum) shows the count alone.
 * Coverage's minimum is a share of the area's streets measured, so its streets are shown instead of samples.
 */
export function formatSample(result) {
    const sample = result?.sample;
    if (!sample) return '–';
    const streets = result.streets;
    if (streets && streets.required !== undefined) {
        return t('sample.streets', {measured: formatInteger(streets.measured), inventory: formatInteger(streets.inventory),
            required: formatInteger(streets.required), valid: formatInteger(sample.valid)});
    }
    return sample.required
        ? t('sample.validOfRequired', {valid: formatInteger(sample.valid), required: formatInteger(sample.required)})
        : t('sample.counted', {valid: formatInteger(sample.valid)});
}

/** A verdict badge: PASS, FAIL, INSUFFICIENT DATA or INFORMATIVE (no verdict). */
export function verdictClass(verdict) {
    return {PASS: 'pass', FAIL: 'fail', INSUFFICIENT_DATA: 'insufficient', INCOMPLETE: 'insufficient'}[verdict] ?? 'neutral';
}

/** A verdict (or a scorecard's overall PASS, FAIL, INCOMPLETE) in words; no verdict is INFORMATIVE. */
export function verdictLabel(verdict) {
    return tCode('verdict', verdict ?? 'INFORMATIVE');
}

/** Whether a verdict holds over the whole interval, in words. */
export function conclusiveLabel(result) {
    return result.verdict ? t(result.conclusive ? 'verdict.conclusive' : 'verdict.notConclusive') : t('verdict.informative');
}

/** A measuring method (OBJECTIVE, …) in words; an unknown one as sent. */
export function methodLabel(method) {
    return tCode('method', method);
}

/**
 * "revision 2 · supersedes … · reason …" (and "superseded by …"): the place of a publication among its period's, as
 * the children of an element. The reason is the publisher's own text, shown as written (data-api-text).
 */
export function revisionText(p) {
    const parts = [[t('publication.revision', {revision: formatInteger(p.revision ?? 1)})]];
    if (p.supersedes) parts.push([t('publication.supersedes', {id: p.supersedes})]);
    if (p.reason) {
        const [before, after] = t('publication.reason', {reason: '\u0000'}).split('\u0000');
        parts.push([before, h('span', {class: 'reason', 'data-api-text': true}, p.reason), after ?? '']);
    }
    if (p.supersededBy) parts.push([t('publication.supersededBy', {id: p.supersededBy})]);
    return parts.flatMap((part, i) => (i ? [' · ', ...part] : part));
}

/** The family of a KPI id: the API path segment of its service. */
export function familyOf(kpiId) {
    const prefix = kpiId.split('.')[0];
    return prefix === 'support' ? 'complaints' : prefix;
}

/** A result's label on a page: its method and area. */
export function resultLabel(result) {
    return [result.method ? methodLabel(result.method) : null, result.areaCode].filter(Boolean).join(' · ');
}
