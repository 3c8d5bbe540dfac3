// Every page of the portal and the public page in Vietnamese and in English: the catalogues hold the same keys,
// a Vietnamese browser (navigator.languages vi-VN) gets Vietnamese texts and vi-VN formats (decimal comma, day-first
// dates, times in the profile's zone), an English one English, no English text of the catalogues (nor KPI name of
// the profile) shows under vi, and the switch (VI | EN) changes the language and is remembered.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {GATEWAY, Q2, SCREENSHOTS, freshPage, launch, open, screenshot, signIn, token} from '../lib/browser.js';
import {englishMatchers, untranslated as untranslatedTexts} from '../lib/untranslated.js';

const RESOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..',
    'gateway', 'src', 'main', 'resources', 'META-INF', 'resources');
const Q1 = {from: '2026-01-01', to: '2026-03-31'};

let browser;
let catalogues;
let profile;

async function json(url, init) {
    const answer = await fetch(url, init);
    return {status: answer.status, body: answer.ok ? await answer.json() : null};
}

before(async () => {
    browser = await launch();
    catalogues = {
        en: (await json(`${GATEWAY}/i18n/en.json`)).body,
        vi: (await json(`${GATEWAY}/i18n/vi.json`)).body,
    };
    // the profile's KPI names (GET /api/v1/public/profile); the pages fall back to the KPI ids without it
    profile = (await json(`${GATEWAY}/api/v1/public/profile`)).body;
    // the public page needs a publication: 2026-Q1 (the demo's voice campaigns), published once if missing (the
    // portal's tests publish 2026-Q2 themselves)
    const published = (await json(`${GATEWAY}/api/v1/public/publications?size=100`)).body ?? [];
    if (!published.some(p => p.from === Q1.from && p.to === Q1.to)) {
        // a family that does not answer in time (a service still warming up) is a 503: tried again, three times
        let answer;
        for (let attempt = 1; attempt <= 3; attempt++) {
            answer = await fetch(`${GATEWAY}/api/v1/publications`, {
                method: 'POST', body: JSON.stringify(Q1),
                headers: {Authorization: `Bearer ${await token('regulator')}`, 'Content-Type': 'application/json'},
            });
            if (answer.status !== 503) break;
            await new Promise(resolve => setTimeout(resolve, 5000));
        }
        assert.equal(answer.status, 201, await answer.text());
    }
});

after(async () => {
    await browser?.close();
});

function placeholders(text) {
    return [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
}

/** The English texts shown on the page under vi, and the API's codes shown as they are in either language. */
function untranslated(page, lang = 'vi') {
    return untranslatedTexts(page, lang === 'vi' ? englishMatchers(catalogues, profile) : []);
}

async function texts(page, selector) {
    return (await page.locator(selector).allTextContents()).map(text => text.trim());
}

describe('the catalogues', () => {
    test('vi and en hold the same keys, every text filled, with the same placeholders', () => {
        assert.ok(catalogues.en && catalogues.vi, 'both catalogues are served');
        assert.deepEqual(Object.keys(catalogues.vi).sort(), Object.keys(catalogues.en).sort());
        for (const [key, text] of Object.entries(catalogues.en)) {
            assert.ok(text.trim() && catalogues.vi[key].trim(), `${key} has a text in both`);
            assert.deepEqual(placeholders(catalogues.vi[key]), placeholders(text), `${key}: the same placeholders`);
        }
        assert.equal(catalogues.vi['verdict.PASS'], 'ĐẠT');
        assert.equal(catalogues.vi['verdict.FAIL'], 'KHÔNG ĐẠT');
        assert.equal(catalogues.vi['verdict.INSUFFICIENT_DATA'], 'CHƯA ĐỦ DỮ LIỆU');
    });

    test('every key the pages name exists (t, tn, data-i18n), as served from the repository', () => {
        const files = ['js', 'js/pages'].flatMap(dir => readdirSync(join(RESOURCES, dir)).filter(f => f.endsWith('.js'))
            .map(f => readFileSync(join(RESOURCES, dir, f), 'utf8')));
        const html = ['index.html', 'public.html'].map(f => readFileSync(join(RESOURCES, f), 'utf8'));
        const keys = new Set([
            ...files.flatMap(code => [...code.matchAll(/\bt\('([\w.]+)'/g)].map(m => m[1])),
            ...files.flatMap(code => [...code.matchAll(/\btn\('([\w.]+)'/g)].map(m => `${m[1]}.other`)),
            ...files.flatMap(code => [...code.matchAll(/(?:titleKey|labelKey) = '([\w.]+)'|labelKey: '([\w.]+)'/g)].map(m => m[1] ?? m[2])),
            ...html.flatMap(page => [...page.matchAll(/data-i18n(?:-title|-label)?="([\w.]+)"/g)].map(m => m[1])),
        ]);
        assert.ok(keys.size > 100, `${keys.size} keys found in the pages`);
        for (const key of keys) assert.ok(key in catalogues.en, `${key} is in the catalogues`);
        const onDisk = JSON.parse(readFileSync(join(RESOURCES, 'i18n', 'vi.json'), 'utf8'));
        assert.deepEqual(onDisk, catalogues.vi, 'the gateway serves the repository\'s catalogue');
    });
});

describe('the public page', () => {
    test('in Vietnamese for a Vietnamese browser: texts, verdicts, decimal commas, day-first dates', async () => {
        const page = await freshPage(browser, {locale: 'vi-VN'});
        try {
            await page.goto(`${GATEWAY}/public.html`);
            const row = page.locator('tr.publication', {hasText: '01/01/2026 – 31/03/2026'}).first();
            await row.waitFor();
            assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
            assert.equal(await page.locator('h1').textContent(), 'Bảng kết quả đã công bố');
            assert.equal(await page.title(), 'Kết quả chất lượng dịch vụ đã công bố');
            assert.deepEqual(await texts(page, 'table.publications th'), ['Kỳ', 'Ngày công bố', 'Doanh nghiệp', 'Dữ liệu mở', '']);
            // published at a time of the profile's zone, day first
            assert.match(await row.locator('td').nth(1).textContent(), /^\d{2}:\d{2} GMT\+7 \d{2}\/\d{2}\/\d{4}$/);
            for (const badge of await texts(row, '.badge')) assert.ok(['ĐẠT', 'KHÔNG ĐẠT', 'CHƯA ĐẦY ĐỦ'].includes(badge), badge);
            assert.equal(await page.locator('nav a').getAttribute('href'), '/?lang=vi');
            assert.equal(await row.locator('button').textContent(), 'Xem kết quả');

            await row.locator('button').click();
            await page.locator('#publication section.family').first().waitFor();
            assert.equal(await page.locator('#publication h2').textContent(), 'Kết quả kỳ 01/01/2026 – 31/03/2026');
            const values = await texts(page, '#publication td.num');
            assert.ok(values.some(v => /^\d{1,3},\d+%$/.test(v)), `a percentage with a decimal comma among ${values}`);
            assert.ok(values.includes('≥ 90%'), `the target of voice quality among ${values}`);
            for (const badge of await texts(page, '#publication tbody .badge')) {
                assert.ok(['ĐẠT', 'KHÔNG ĐẠT', 'CHƯA ĐỦ DỮ LIỆU', 'THAM KHẢO'].includes(badge), badge);
            }
            if (profile) assert.ok((await texts(page, '#publication tbody strong')).includes('Chất lượng thoại'));
            assert.deepEqual(await untranslated(page), []);
            assert.deepEqual(page.errors, []);
            await screenshot(page, 'public-vi');
        } finally {
            await page.context().close();
        }
    });

    test('in English for an English browser', async () => {
        const page = await freshPage(browser, {locale: 'en-US'});
        try {
            await page.goto(`${GATEWAY}/public.html`);
            const row = page.locator('tr.publication', {hasText: '1 Jan 2026 – 31 Mar 2026'}).first();
            await row.waitFor();
            assert.equal(await page.locator('html').getAttribute('lang'), 'en');
            assert.equal(await page.locator('h1').textContent(), 'Published scorecards');
            assert.match(await row.locator('td').nth(1).textContent(), /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} GMT\+7$/);
            await row.locator('button').click();
            await page.locator('#publication section.family').first().waitFor();
            const values = await texts(page, '#publication td.num');
            assert.ok(values.some(v => /^\d{1,3}\.\d+%$/.test(v)), `a percentage with a decimal point among ${values}`);
            for (const badge of await texts(page, '#publication tbody .badge')) {
                assert.ok(['PASS', 'FAIL', 'INSUFFICIENT DATA', 'INFORMATIVE'].includes(badge), badge);
            }
            if (profile) assert.ok((await texts(page, '#publication tbody strong')).includes('Voice quality'));
            assert.deepEqual(page.errors, []);
        } finally {
            await page.context().close();
        }
    });

    test('the switch changes the language, is remembered, and ?lang= on a link wins', async () => {
        const page = await freshPage(browser, {locale: 'en-US'});
        try {
            await page.goto(`${GATEWAY}/public.html`);
            await page.locator('tr.publication').first().waitFor();
            assert.equal(await page.locator('.lang-switch [aria-pressed=true]').textContent(), 'EN');
            await page.locator('.lang-switch button[data-lang=vi]').click();
            await page.locator('h1', {hasText: 'Bảng kết quả đã công bố'}).waitFor();
            await page.locator('tr.publication button', {hasText: 'Xem kết quả'}).first().waitFor();
            assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
            assert.equal(new URL(page.url()).searchParams.get('lang'), 'vi');
            assert.equal(await page.locator('nav a').getAttribute('href'), '/?lang=vi');
            assert.deepEqual(await untranslated(page), []);

            await page.goto(`${GATEWAY}/public.html`); // no ?lang=: the remembered choice
            await page.locator('tr.publication').first().waitFor();
            assert.equal(await page.locator('h1').textContent(), 'Bảng kết quả đã công bố');
            assert.equal(await page.locator('.lang-switch [aria-pressed=true]').textContent(), 'VI');

            await page.goto(`${GATEWAY}/public.html?lang=en`); // a link's language wins
            await page.locator('tr.publication').first().waitFor();
            assert.equal(await page.locator('h1').textContent(), 'Published scorecards');
            assert.deepEqual(page.errors, []);
        } finally {
            await page.context().close();
        }
    });
});

/**
 * The portal's pages, each with its address, a marker to wait for and the texts it shows in each language: h1
 * (exact, or a RegExp), and checks of its own.
 */
const PAGES = [
    {name: 'scorecard', hash: `#/scorecard?operator=ALPHA&${Q2}`, marker: 'tr.kpi',
        h1: {vi: 'Bảng kết quả của ALPHA', en: 'Scorecard of ALPHA'},
        async check(page, lang) {
            // ALPHA's objective calls in Hanoi, 2026-Q2: 1,092 of 1,150 valid calls score 3 or more (94.96 %)
            const row = page.locator('tr.kpi[data-kpi="voice.quality"]', {hasText: 'HN'});
            const cells = (await row.locator('td').allTextContents()).map(s => s.trim());
            assert.equal(await row.locator('td').nth(1).evaluate(td => td.firstChild.textContent), {vi: '94,96%', en: '94.96%'}[lang]);
            assert.equal(cells[2], '≥ 90%');
            assert.equal(await row.locator('.badge').first().textContent(), {vi: 'ĐẠT', en: 'PASS'}[lang]);
            assert.match(cells[5], {vi: /^1\.150 hợp lệ \/ 1\.000 yêu cầu/, en: /^1,150 valid of 1,000 required/}[lang]);
            assert.match(cells[0], {vi: /mục 3\.4 · Đo khách quan · HN/, en: /clause 3\.4 · Objective · HN/}[lang]);
            if (profile) assert.equal(await row.locator('.kpi-name').textContent(), {vi: 'Chất lượng thoại', en: 'Voice quality'}[lang]);
            assert.equal(await page.locator('select[name=period] option:checked').textContent(),
                {vi: 'Quý 2/2026 (01/04/2026 – 30/06/2026)', en: 'Q2 2026 (1 Apr 2026 – 30 Jun 2026)'}[lang]);
            assert.deepEqual(await texts(page, 'nav a'), {
                vi: ['Bảng kết quả', 'So sánh', 'Bản đồ vùng phủ', 'Xu hướng', 'Khiếu nại', 'Tải lên', 'Công bố'],
                en: ['Scorecard', 'Benchmark', 'Coverage map', 'Trends', 'Complaints', 'Upload', 'Publish'],
            }[lang]);
            assert.equal(await page.locator('.sign-out').textContent(), {vi: 'Đăng xuất', en: 'Sign out'}[lang]);
            // the chart's target label
            assert.ok((await texts(row, 'svg .target-label')).includes({vi: 'mức yêu cầu 90%', en: 'target 90%'}[lang]));
        }},
    {name: 'benchmark', hash: `#/benchmark?${Q2}&kpi=${encodeURIComponent('voice.quality|OBJECTIVE')}`, marker: 'tr.benchmark-entry',
        h1: {vi: /^So sánh: .+ · Đo khách quan$/, en: /^Benchmark: .+ · Objective$/},
        async check(page, lang) {
            assert.deepEqual(await texts(page, 'table.benchmark th'), {
                vi: ['Hạng', 'Doanh nghiệp', 'Giá trị', 'Khoảng tin cậy 95%', 'Kết luận', 'Ngang bằng với'],
                en: ['Rank', 'Operator', 'Value', '95% interval', 'Verdict', 'Tied with'],
            }[lang]);
            const interval = (await page.locator('tr.benchmark-entry td').nth(3).textContent()).trim();
            assert.match(interval, {vi: /^\d+(,\d+)?% – \d+(,\d+)?%$/, en: /^\d+(\.\d+)?% – \d+(\.\d+)?%$/}[lang]);
        }},
    {name: 'coverage', hash: `#/coverage?operator=ALPHA&${Q2}`, marker: '.coverage-map',
        h1: {vi: 'Bản đồ vùng phủ: ALPHA · HN', en: 'Coverage map: ALPHA · HN'},
        async check(page, lang) {
            assert.match(await page.locator('.legend').textContent(), {vi: /^Mức thu trung vị: -110 dBm/, en: /^Median level: -110 dBm/}[lang]);
            assert.match(await page.locator('.legend').textContent(), {vi: /không có phủ sóng \(dưới -85 dBm\)$/, en: /not covered \(below -85 dBm\)$/}[lang]);
            assert.match(await page.locator('.overall').textContent(),
                {vi: /đã đo 30\/40 tuyến phố, ô 100 m\.$/, en: /30 of 40 streets measured, 100 m bins\.$/}[lang]);
            assert.match(await page.locator('.coverage-map g.bin title').first().textContent(),
                {vi: /^trung vị -?\d+(,\d)? dBm, \d+ mẫu, /, en: /^median -?\d+(\.\d)? dBm, \d+ samples, /}[lang]);
        }},
    {name: 'trends', hash: '#/trends?operator=ALPHA&kpi=voice.quality', marker: '.trend-chart',
        h1: {vi: /^Xu hướng .+ của ALPHA$/, en: /^Trend of .+ for ALPHA$/},
        async check(page, lang) {
            assert.ok((await texts(page, '.trend-chart .period-label')).includes({vi: '01/04/2026 – 30/06/2026', en: '1 Apr 2026 – 30 Jun 2026'}[lang]));
            assert.deepEqual(await texts(page, '.trend-chart .target-label'), [{vi: 'mức yêu cầu 90%', en: 'target 90%'}[lang]]);
            assert.ok((await texts(page, '.trend-chart .legend-label')).includes({vi: 'Đo khách quan · HN', en: 'Objective · HN'}[lang]));
        }},
    {name: 'complaints', hash: '#/complaints?operator=BETA', marker: '[data-overdue]',
        h1: {vi: 'Khiếu nại của BETA cần trả lời', en: 'Complaints of BETA needing an answer'},
        async check(page, lang) {
            const cells = (await page.locator('tr.alert.overdue').first().locator('td').allTextContents()).map(s => s.trim());
            assert.equal(cells[0], {vi: 'QUÁ HẠN', en: 'OVERDUE'}[lang]);
            // times in the profile's zone (UTC+07:00), day first
            assert.match(cells[1], {vi: /^\d{2}:\d{2} GMT\+7 \d{2}\/\d{2}\/\d{4}$/, en: /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} GMT\+7$/}[lang]);
            assert.match(cells[3], {vi: /^quá hạn \d+ (ngày|giờ|phút)/, en: /^\d+ (d|h|min)\b.* overdue$/}[lang]);
        }},
    {name: 'upload', hash: `#/upload?operator=ALPHA&${Q2}&target=voice/samples`, marker: '.upload-form',
        h1: {vi: 'Tải lên: Mẫu thoại', en: 'Upload: Voice samples'},
        async check(page, lang) {
            const bad = 'callId,startedAt,score,speedKmh,onNet\nI18N-1,2026-05-02T08:01:00+07:00,7.5,10,true\n';
            await page.locator('input[type=file]').setInputFiles({name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad)});
            await page.locator('.upload-form button[type=submit]').click();
            await page.locator('.upload-outcome table.row-errors').waitFor();
            assert.equal(await page.locator('.upload-outcome .message.error > strong').textContent(), {vi: 'Lỗi', en: 'Error'}[lang]);
            assert.deepEqual(await texts(page, '.upload-outcome table.row-errors th'),
                {vi: ['Dòng', 'Trường', 'Thông báo'], en: ['Row', 'Field', 'Message']}[lang]);
            assert.equal(await page.locator('.upload-form button[type=submit]').textContent(), {vi: 'Tải lên', en: 'Upload'}[lang]);
        }},
    {name: 'publish', hash: `#/publish?${Q2}`, marker: 'button.primary',
        h1: {vi: 'Công bố', en: 'Publish'},
        async check(page, lang) {
            assert.equal(await page.locator('button.primary').textContent(),
                {vi: 'Công bố 01/04/2026 – 30/06/2026', en: 'Publish 1 Apr 2026 – 30 Jun 2026'}[lang]);
        }},
];

for (const [lang, locale] of [['vi', 'vi-VN'], ['en', 'en-US']]) {
    describe(`the portal for a browser in ${locale}`, () => {
        let page;

        before(async () => {
            page = await freshPage(browser, {locale});
        });
        after(async () => {
            await page?.context().close();
        });

        for (const spec of PAGES) {
            test(`${spec.name} in ${lang}`, async () => {
                if (spec === PAGES[0]) await signIn(page, 'regulator', spec.hash);
                await open(page, spec.hash, spec.marker);
                assert.equal(await page.locator('html').getAttribute('lang'), lang);
                const h1 = (await page.locator('h1').textContent()).trim();
                if (spec.h1[lang] instanceof RegExp) assert.match(h1, spec.h1[lang]);
                else assert.equal(h1, spec.h1[lang]);
                await spec.check(page, lang);
                assert.deepEqual(await untranslated(page, lang), [], `${spec.name}: no English text under vi, no code in ${lang}`);
                assert.deepEqual(page.errors, []);
                if (lang === 'vi' && spec.name === 'scorecard') {
                    await screenshot(page, 'scorecard-vi');
                    // the top of it, as the README shows it (copied by hand to e2e/browser/portal-scorecard-vi.png)
                    await page.screenshot({path: join(SCREENSHOTS, 'readme-scorecard-vi.png'), clip: {x: 0, y: 0, width: 1280, height: 720}});
                }
            });
        }

        if (lang === 'vi') {
            test('the switch turns the portal to English, remembered after a reload and on the public page', async () => {
                await open(page, `#/scorecard?operator=ALPHA&${Q2}`, 'tr.kpi');
                await page.locator('.lang-switch button[data-lang=en]').click();
                await page.locator('h1', {hasText: 'Scorecard of ALPHA'}).waitFor();
                assert.equal(await page.locator('html').getAttribute('lang'), 'en');
                assert.equal(await page.locator('nav a').first().textContent(), 'Scorecard');
                assert.equal(await page.locator('footer a').first().getAttribute('href'), '/public.html?lang=en');
                await page.reload();
                await page.locator('tr.kpi').first().waitFor();
                assert.equal(await page.locator('h1').textContent(), 'Scorecard of ALPHA');
                await page.locator('.lang-switch button[data-lang=vi]').click();
                await page.locator('h1', {hasText: 'Bảng kết quả của ALPHA'}).waitFor();
                await page.locator('.sign-out').click();
                await page.waitForURL(`${GATEWAY}/public.html?lang=vi`);
                await page.locator('h1', {hasText: 'Bảng kết quả đã công bố'}).waitFor();
                assert.deepEqual(page.errors, []);
            });
        }
    });
}
