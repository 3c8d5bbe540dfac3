// SVG charts of KPI results: a confidence interval as a bar with whiskers against the target line.
import {s} from './dom.js';
import {formatPeriod, formatTarget, formatValue, verdictClass, verdictLabel} from './format.js';
import {t} from './i18n.js';

/** A period key of a trend (2026-04-01..2026-06-30) in the page's date format. */
function periodLabel(key) {
    return formatPeriod(...key.split('..'));
}

/** A linear scale over the values given (null ignored), padded, kept within [0, 1] for ratios. */
export function scaleFor(values, unit, [start, end]) {
    const known = values.filter(v => v !== null && v !== undefined && Number.isFinite(v));
    let min = Math.min(...known);
    let max = Math.max(...known);
    if (!known.length) [min, max] = [0, 1];
    const span = max - min || Math.abs(max) * 0.2 || 0.01;
    min -= span * 0.15;
    max += span * 0.15;
    if (unit === 'RATIO') {
        min = Math.max(0, min);
        max = Math.min(1, max);
    } else {
        min = Math.max(0, min);
    }
    const at = v => start + (v - min) / (max - min) * (end - start);
    return Object.assign(at, {min, max});
}

/** About `count` round values (1, 2, 2.5 or 5 times a power of ten apart) within the scale's domain. */
export function niceTicks(min, max, count = 5) {
    const raw = (max - min) / Math.max(1, count - 1);
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map(f => f * power).find(st => st >= raw) ?? 10 * power;
    const ticks = [];
    for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
        ticks.push(Number(v.toPrecision(12)));
    }
    return ticks;
}

/** The bar (lower to upper) with whisker caps and the estimate's mark, centred on y; for results with an interval. */
function intervalMark(x, y, result, cls) {
    const c = result.confidence;
    const parts = [];
    if (c) {
        const x1 = x(c.lower), x2 = x(c.upper);
        parts.push(
            s('rect', {class: `ci-bar ${cls}`, x: x1, y: y - 5, width: Math.max(1, x2 - x1), height: 10, rx: 2}),
            s('line', {class: `ci-whisker ${cls}`, x1, x2, y1: y, y2: y}),
            s('line', {class: `ci-whisker ${cls}`, x1, x2: x1, y1: y - 8, y2: y + 8}),
            s('line', {class: `ci-whisker ${cls}`, x1: x2, x2, y1: y - 8, y2: y + 8}));
    }
    if (result.value !== null && result.value !== undefined) {
        parts.push(s('circle', {class: `ci-value ${cls}`, cx: x(result.value), cy: y, r: 4}));
    }
    return parts;
}

function describe(result) {
    const c = result.confidence;
    const value = formatValue(result.value, result.unit), target = formatTarget(result.target, result.unit);
    return c ? t('chart.describeInterval', {value, lower: formatValue(c.lower, result.unit), upper: formatValue(c.upper, result.unit), target})
        : t('chart.describe', {value, target});
}

/** One result's interval against its target, for a table row: the target labelled above, the scale's ends below. */
export function intervalGlyph(result, width = 250) {
    // 11 px text takes 10 px above its baseline and 3 below: the label's baseline at 11 and the ticks' at 52 keep both
    // inside the drawing
    const height = 56, left = 10, right = width - 10, y = 28, axisY = 42;
    const x = scaleFor([result.value, result.confidence?.lower, result.confidence?.upper, result.target?.value],
        result.unit, [left, right]);
    const cls = verdictClass(result.verdict);
    const targetX = result.target ? x(result.target.value) : null;
    // the label of the target line stays inside the drawing, on whichever side has room (half its width: about 3.3 px
    // a character at 11 px bold; "mức yêu cầu 90%" is longer than "target 90%")
    const label = result.target ? t('chart.target', {target: formatValue(result.target.value, result.unit)}) : '';
    const half = label.length * 3.3;
    const anchor = targetX === null ? null : targetX < left + half ? 'start' : targetX > right - half ? 'end' : 'middle';
    return s('svg', {class: 'interval', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': describe(result)},
        s('title', {}, describe(result)),
        s('line', {class: 'axis', x1: left, x2: right, y1: axisY, y2: axisY}),
        s('text', {class: 'tick', x: left, y: height - 4}, formatValue(x.min, result.unit)),
        s('text', {class: 'tick', x: right, y: height - 4, 'text-anchor': 'end'}, formatValue(x.max, result.unit)),
        result.target ? [
            s('line', {class: 'target', x1: targetX, x2: targetX, y1: 14, y2: axisY + 3}),
            s('text', {class: 'tick target-label', x: anchor === 'start' ? targetX - 2 : anchor === 'end' ? targetX + 2 : targetX,
                y: 11, 'text-anchor': anchor}, label),
        ] : null,
        intervalMark(x, y, result, cls));
}

/**
 * The benchmark: one row per entry (ranked, from ties.js) on a common scale, the target line across, groups of
 * tied entries on a shaded band.
 */
export function benchmarkChart(ranked, target, unit, width = 1100) {
    const row = 34, top = 10, labelWidth = 190, left = labelWidth + 10, right = width - 20;
    const height = top + ranked.length * row + 34;
    const values = ranked.flatMap(e => [e.value, e.lower, e.upper]).concat(target?.value);
    const x = scaleFor(values, unit, [left, right]);
    const bands = [];
    ranked.forEach((entry, i) => {
        if (i === 0 || entry.rank !== ranked[i - 1].rank) bands.push({rank: entry.rank, first: i, count: 0});
        bands[bands.length - 1].count++;
    });
    return s('svg', {class: 'benchmark-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('chart.benchmarkLabel')},
        bands.map((band, i) => s('rect', {class: `band ${i % 2 ? 'odd' : 'even'}`, x: 0, y: top + band.first * row,
            width, height: band.count * row})),
        ranked.map((entry, i) => {
            const y = top + i * row + row / 2;
            const result = {value: entry.value, unit, verdict: entry.verdict,
                confidence: entry.lower !== undefined && entry.lower !== null ? {lower: entry.lower, upper: entry.upper} : null};
            return s('g', {class: 'benchmark-row', 'data-operator': entry.operatorId},
                s('text', {class: 'row-label', x: 8, y: y + 4}, `${entry.rank ?? '–'}. ${entry.label}`),
                s('title', {}, describe({...result, target})),
                intervalMark(x, y, result, verdictClass(entry.verdict)));
        }),
        axis(x, unit, top + ranked.length * row + 4, left, right),
        target ? s('line', {class: 'target', x1: x(target.value), x2: x(target.value), y1: top, y2: top + ranked.length * row + 4}) : null,
        target ? s('text', {class: 'tick target-label', x: x(target.value), y: height - 2, 'text-anchor': 'middle'},
            t('chart.target', {target: formatValue(target.value, unit)})) : null);
}

function axis(x, unit, y, left, right) {
    const ticks = niceTicks(x.min, x.max, 6);
    return s('g', {class: 'x-axis'},
        s('line', {class: 'axis', x1: left, x2: right, y1: y, y2: y}),
        ticks.map(v => [
            s('line', {class: 'axis', x1: x(v), x2: x(v), y1: y, y2: y + 4}),
            s('text', {class: 'tick', x: x(v), y: y + 15, 'text-anchor': 'middle'}, formatValue(v, unit)),
        ]));
}

/**
 * A trend: periods along x (in order), value and interval up the y axis, one series per method and area,
 * points of a series joined, the target as a horizontal line. The legend wraps onto as many lines as its series
 * need, and the drawing grows to hold them: every legend entry stays inside the drawing.
 */
export function trendChart(periods, series, target, unit, width = 1100) {
    const plotHeight = 320, left = 80, right = width - 20, top = 16, bottom = plotHeight - 56;
    const legend = legendOf(series, left, right, plotHeight - 14);
    const height = plotHeight + legend.extraHeight;
    const values = series.flatMap(se => se.points.flatMap(p => [p.value, p.confidence?.lower, p.confidence?.upper]))
        .concat(target?.value);
    const yScale = scaleFor(values, unit, [bottom, top]);
    const step = (right - left) / Math.max(1, periods.length);
    const xOf = key => left + step * (periods.indexOf(key) + 0.5);
    // the series of a period side by side, 10 px apart, closer when many would reach into the next period
    const spacing = Math.min(10, step * 0.8 / Math.max(1, series.length));
    const offset = (i) => (i - (series.length - 1) / 2) * spacing;
    const yTicks = niceTicks(yScale.min, yScale.max, 6);
    return s('svg', {class: 'trend-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('chart.trendLabel')},
        yTicks.map(v => [
            s('line', {class: 'grid', x1: left, x2: right, y1: yScale(v), y2: yScale(v)}),
            s('text', {class: 'tick', x: left - 6, y: yScale(v) + 4, 'text-anchor': 'end'}, formatValue(v, unit)),
        ]),
        s('line', {class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom}),
        periods.map(key => s('text', {class: 'tick period-label', x: xOf(key), y: bottom + 18, 'text-anchor': 'middle'},
            periodLabel(key))),
        target ? [
            s('line', {class: 'target', x1: left, x2: right, y1: yScale(target.value), y2: yScale(target.value)}),
            s('text', {class: 'tick target-label', x: right, y: yScale(target.value) - 5, 'text-anchor': 'end'},
                t('chart.target', {target: formatValue(target.value, unit)})),
        ] : null,
        series.map((se, i) => {
            const points = se.points.filter(p => p.value !== null && p.value !== undefined);
            const path = points.map((p, k) => `${k ? 'L' : 'M'}${xOf(p.period) + offset(i)},${yScale(p.value)}`).join(' ');
            return s('g', {class: `series series-${i % SERIES_COLOURS}`, 'data-series': se.label},
                s('path', {class: 'trend-line', d: path}),
                se.points.map(p => {
                    const x = xOf(p.period) + offset(i), c = p.confidence;
                    return s('g', {class: `trend-point ${verdictClass(p.verdict)}`},
                        s('title', {}, `${se.label}, ${periodLabel(p.period)}: ${describe(p)}, ${verdictLabel(p.verdict)}`),
                        c ? [
                            s('line', {class: 'ci-whisker', x1: x, x2: x, y1: yScale(c.lower), y2: yScale(c.upper)}),
                            s('line', {class: 'ci-whisker', x1: x - 5, x2: x + 5, y1: yScale(c.lower), y2: yScale(c.lower)}),
                            s('line', {class: 'ci-whisker', x1: x - 5, x2: x + 5, y1: yScale(c.upper), y2: yScale(c.upper)}),
                        ] : null,
                        p.value !== null && p.value !== undefined ? s('circle', {class: 'ci-value', cx: x, cy: yScale(p.value), r: 4.5}) : null);
                }));
        }),
        legend.items);
}

/** The colours series take in turn (.series-0 … in portal.css). */
const SERIES_COLOURS = 8;
const LEGEND_FONT = 13, LEGEND_LINE = 20, LEGEND_MARK = 16, LEGEND_GAP = 24;

let measuring = null;

/**
 * The width in px of a text in the legend's font, measured on a canvas in the page's own font family (a canvas is
 * never attached to the page, so the Content-Security-Policy has nothing to refuse); a tenth more, for the
 * difference between a canvas and SVG text.
 */
function legendTextWidth(text) {
    measuring ??= document.createElement('canvas').getContext('2d');
    measuring.font = `${LEGEND_FONT}px ${getComputedStyle(document.documentElement).fontFamily || 'sans-serif'}`;
    return measuring.measureText(text).width * 1.1;
}

/** A label cut to fit `room` px, with an ellipsis; the whole label stays in the entry's title. */
function fitted(label, room) {
    if (legendTextWidth(label) <= room) return label;
    let kept = label;
    while (kept.length > 1 && legendTextWidth(`${kept}…`) > room) kept = kept.slice(0, -1);
    return `${kept}…`;
}

/**
 * The series' names from `left` to `right` in columns of one width (the widest entry's), as many a line as fit, on as
 * many lines (LEGEND_LINE px apart) as the series need; an entry longer than a whole line is cut with an ellipsis.
 * Returns the entries and the height the lines after the first add to the drawing.
 */
function legendOf(series, left, right, y) {
    const room = right - left;
    const labels = series.map(se => fitted(se.label, room - LEGEND_MARK));
    const column = Math.min(room, Math.max(0, ...labels.map(label => LEGEND_MARK + legendTextWidth(label))) + LEGEND_GAP);
    const perLine = Math.max(1, Math.floor((room + LEGEND_GAP) / column));
    const items = series.map((se, i) => {
        const x = left + (i % perLine) * column, at = y + Math.floor(i / perLine) * LEGEND_LINE;
        return s('g', {class: `legend series-${i % SERIES_COLOURS}`, 'data-series': se.label},
            s('title', {}, se.label),
            s('circle', {class: 'ci-value', cx: x + 6, cy: at, r: 5}),
            s('text', {class: 'legend-label', x: x + LEGEND_MARK, y: at + 4}, labels[i]));
    });
    return {items, extraHeight: Math.max(0, Math.ceil(series.length / perLine) - 1) * LEGEND_LINE};
}

/** A colour for a received level: red at -110 dBm and below, through amber, to green at -60 dBm and above. */
export function levelColor(dbm) {
    const t = Math.min(1, Math.max(0, (dbm + 110) / 50));
    const hue = Math.round(t * 120);
    return `hsl(${hue}, 70%, 48%)`;
}
