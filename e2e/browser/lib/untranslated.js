// The check that no English shows under vi, shared by the tests that open pages in Vietnamese: the English texts of
// the catalogues (and the profile's English KPI names) looked for in every text a page shows.

/**
 * The English texts that must not show under vi: every en text of the catalogues that differs from its vi text, and
 * the profile's English KPI names. A text with {placeholders} must not make a whole text node (its placeholders any
 * text); one without must not appear as a word sequence in any text. Texts without a word of three letters or more
 * once the placeholders are removed (e.g. "{hours} h") are left out: they would match anything.
 */
export function englishMatchers(catalogues, profile) {
    const texts = Object.keys(catalogues.en).filter(key => catalogues.en[key] !== catalogues.vi[key]).map(key => catalogues.en[key]);
    for (const kpi of Object.values(profile?.kpis ?? {})) {
        if (kpi.names?.en && kpi.names.en !== kpi.names.vi) texts.push(kpi.names.en);
    }
    const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return texts.filter(text => /[A-Za-z]{3,}/.test(text.replace(/\{\w+\}/g, ''))).map(text => {
        const parts = text.split(/\{\w+\}/);
        return parts.length > 1
            ? {text, source: `^${parts.map(escape).join('.+?')}$`, flags: 's'}
            : {text, source: `(?<![\\p{L}])${escape(text)}(?![\\p{L}])`, flags: 'u'};
    });
}

/**
 * The English texts shown on the page (those of `matchers`: englishMatchers under vi, none under en), and the API's
 * codes shown as they are (DRIVE_TEST) in either language: every text node (SVG tooltips included), title, aria-label
 * and placeholder attributes and the document's title, apart from what the API sent as is (data-api-text: problem
 * titles, details, row messages) and data that is no text of ours (translate="no": a user's name, a street's name).
 */
export async function untranslated(page, matchers = []) {
    return page.evaluate(list => {
        const patterns = list.map(m => ({text: m.text, re: new RegExp(m.source, m.flags)}));
        const found = [];
        const check = (text, where) => {
            const trimmed = text.trim();
            if (!trimmed) return;
            for (const p of patterns) if (p.re.test(trimmed)) found.push(`${where}: "${trimmed}" (en "${p.text}")`);
            // a code of the API (a method, a status, a category: DRIVE_TEST, SERVICE_QUALITY) is shown in words
            if (/\b[A-Z]{2,}(_[A-Z]+)+\b/.test(trimmed)) found.push(`${where}: "${trimmed}" (a code, not words)`);
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (parent.closest('script, style, [data-api-text], [translate=no]')) continue;
            check(node.textContent, parent.tagName.toLowerCase());
        }
        for (const element of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
            for (const name of ['title', 'aria-label', 'placeholder']) {
                if (element.hasAttribute(name)) check(element.getAttribute(name), `@${name}`);
            }
        }
        check(document.title, 'title');
        return found;
    }, matchers);
}
