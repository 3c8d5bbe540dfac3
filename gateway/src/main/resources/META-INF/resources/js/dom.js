// Small DOM helpers: elements are built, never parsed from strings, so every text is shown as text.
import {t} from './i18n.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
    for (const [name, value] of Object.entries(attrs ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'style') {
            // through the CSSOM: the Content-Security-Policy (style-src 'self') refuses inline style attributes
            element.style.cssText = String(value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
}

/** An HTML element: h('td', {class: 'num'}, 'text', otherNode, [more]). */
export function h(tag, attrs, ...children) {
    return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same signature. */
export function s(tag, attrs, ...children) {
    return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replace the content of a container. */
export function show(container, ...children) {
    container.replaceChildren();
    build(container, {}, children);
}

/**
 * A problem (RFC 9457) or any error, as a message box; with the row errors of an upload as a table. The problem's
 * title, detail and row messages are shown as the API sent them (marked data-api-text), framed in the page's language.
 */
export function errorBox(error) {
    const problem = error?.problem;
    const rows = problem?.errors ?? [];
    return h('div', {class: 'message error', role: 'alert'},
        h('strong', {}, t('error.title')), ' · ',
        problem?.title ? [h('span', {class: 'problem-title', 'data-api-text': true}, problem.title), ' — '] : null,
        h('span', {class: 'problem-detail', 'data-api-text': problem ? true : null}, problem?.detail ?? error?.message ?? String(error)),
        rows.length ? h('table', {class: 'row-errors'},
            h('thead', {}, h('tr', {}, h('th', {}, t('error.row')), h('th', {}, t('error.field')), h('th', {}, t('error.message')))),
            h('tbody', {}, rows.map(e => h('tr', {},
                h('td', {class: 'num'}, e.row ?? '–'), h('td', {}, h('code', {}, e.field ?? '–')), h('td', {'data-api-text': true}, e.message))))) : null);
}

export function loading(text = t('loading')) {
    return h('p', {class: 'loading'}, text);
}
