// Coverage map of a drive-test campaign: its measured bins (GeoJSON polygons) drawn in SVG on a plain background,
// coloured by the median received level, uncovered bins hatched; and the inventory streets not yet measured.
import {get, request} from '../api.js';
import {levelColor} from '../charts.js';
import {h, s, show, loading} from '../dom.js';
import {formatInteger, formatNumber, formatPeriod, formatTarget, formatValue, verdictClass, verdictLabel} from '../format.js';
import {t} from '../i18n.js';

export const titleKey = 'page.coverage';

export async function render(main, ctx) {
    show(main, h('h1', {}, t(titleKey)), loading());
    await ctx.loadOperators();
    const campaigns = ctx.operatorId
        ? await get('coverage/campaigns', {operatorId: ctx.operatorId, from: ctx.from, to: ctx.to})
        : [];
    const chosen = campaigns.find(c => c.id === ctx.params.campaign) ?? campaigns[0];
    const picker = h('label', {class: 'picker'}, t('picker.campaign'), ' ',
        h('select', {name: 'campaign', onchange: event => ctx.set({campaign: event.target.value})},
            campaigns.map(c => h('option', {value: c.id, selected: c === chosen},
                `${c.areaCode} · ${formatPeriod(c.periodStart, c.periodEnd)} · ${formatNumber(c.thresholdDbm)} dBm`))));
    const toolbar = ctx.toolbar(ctx.operatorPicker(), ctx.periodPicker(), campaigns.length ? picker : null);
    if (!chosen) {
        show(main, h('h1', {}, t(titleKey)), toolbar, h('p', {class: 'muted'}, t('coverage.noCampaign')));
        return;
    }
    show(main, h('h1', {}, t(titleKey)), toolbar, loading());
    const [result, map, streets] = await Promise.all([
        get(`coverage/campaigns/${chosen.id}/result`),
        wholeMap(chosen.id),
        get(`coverage/campaigns/${chosen.id}/unmeasured-streets`, {size: 1000}),
    ]);
    show(main,
        h('h1', {}, t('coverage.heading', {operator: chosen.operatorId, area: chosen.areaCode})),
        toolbar,
        summary(result, chosen),
        h('div', {class: 'map-layout'},
            h('figure', {class: 'map'}, mapSvg(map, chosen.thresholdDbm), legend(chosen.thresholdDbm)),
            h('section', {class: 'streets'},
                h('h2', {}, t('coverage.unmeasured', {count: streets.length})),
                streets.length ? h('table', {class: 'results unmeasured'},
                    h('thead', {}, h('tr', {}, h('th', {}, t('coverage.street')), h('th', {}, t('coverage.name')), h('th', {}, t('coverage.length')))),
                    h('tbody', {}, streets.map(st => h('tr', {},
                        h('td', {}, h('code', {}, st.streetId)), h('td', {translate: 'no'}, st.name),
                        h('td', {class: 'num'}, t('coverage.metres', {length: formatInteger(st.lengthMeters)}))))))
                    : h('p', {class: 'muted'}, t('coverage.allMeasured')))));
}

/** Every page of the campaign's map (the map is paged by features, X-Total-Count giving them all), as one collection. */
async function wholeMap(id) {
    const size = 1000, parallel = 4;
    const page = async p => (await request('GET', `coverage/campaigns/${id}/map`, {params: {page: p, size}}));
    const first = await page(0);
    const features = [...(first.data.features ?? [])];
    const total = Number(first.headers.get('X-Total-Count') ?? features.length);
    const pages = Math.ceil(total / size);
    for (let next = 1; next < pages; next += parallel) {
        const numbers = Array.from({length: Math.min(parallel, pages - next)}, (_, i) => next + i);
        for (const answer of await Promise.all(numbers.map(page))) features.push(...(answer.data.features ?? []));
    }
    return {...first.data, features};
}

function summary(r, campaign) {
    return h('p', {class: 'overall'},
        h('span', {class: `badge ${verdictClass(r.verdict)}`}, verdictLabel(r.verdict)), ' ',
        t('coverage.summary', {value: formatValue(r.value, r.unit), target: formatTarget(r.target, r.unit),
            covered: formatInteger(r.bins?.covered), measured: formatInteger(r.bins?.measured),
            threshold: formatNumber(campaign.thresholdDbm), streetsMeasured: formatInteger(r.streets?.measured),
            streets: formatInteger(r.streets?.inventory), bin: formatInteger(campaign.binMeters)}));
}

/** Web Mercator, as the bins are laid out: [x, y] in metres. */
function project([lon, lat]) {
    const R = 6378137;
    return [R * lon * Math.PI / 180, R * Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360))];
}

function mapSvg(collection, thresholdDbm) {
    const features = collection.features ?? [];
    const rings = features.map(f => f.geometry.coordinates[0].map(project));
    const xs = rings.flat().map(p => p[0]), ys = rings.flat().map(p => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = 720, pad = 16;
    const k = (width - 2 * pad) / Math.max(1, maxX - minX);
    const height = Math.max(120, Math.round((maxY - minY) * k + 2 * pad));
    const point = ([x, y]) => `${(pad + (x - minX) * k).toFixed(1)},${(height - pad - (y - minY) * k).toFixed(1)}`;
    return s('svg', {class: 'coverage-map', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
        'aria-label': t('coverage.mapLabel', {count: formatInteger(features.length)})},
        s('defs', {}, s('pattern', {id: 'uncovered', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'},
            s('line', {x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch'}))),
        s('rect', {class: 'map-background', x: 0, y: 0, width, height}),
        features.map((f, i) => {
            const p = f.properties;
            const d = `M${rings[i].map(point).join('L')}Z`;
            return s('g', {class: `bin ${p.covered ? 'covered' : 'uncovered'}`, 'data-median': p.medianDbm},
                s('title', {}, t('coverage.binTitle', {median: formatNumber(p.medianDbm), samples: formatInteger(p.samples),
                    state: p.covered ? t('coverage.covered') : t('coverage.notCovered', {threshold: formatNumber(thresholdDbm)})})),
                s('path', {d, fill: levelColor(p.medianDbm)}),
                p.covered ? null : s('path', {d, class: 'uncovered-mark', fill: 'url(#uncovered)'}));
        }));
}

function legend(thresholdDbm) {
    const stops = [-110, -100, -90, -80, -70, -60];
    return h('figcaption', {class: 'legend'},
        t('coverage.legend'), ' ',
        stops.map(dbm => h('span', {class: 'swatch'}, h('i', {style: `background:${levelColor(dbm)}`}), `${formatNumber(dbm)} dBm`)),
        h('span', {class: 'swatch'}, h('i', {class: 'hatched'}), t('coverage.notCovered', {threshold: formatNumber(thresholdDbm)})));
}
