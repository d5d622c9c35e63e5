"""Rich text is cleaned on the server: hostile markup never survives, editor formatting does."""

import re

import pytest

from richtext.sanitize import html_to_text, sanitize_html, summarize

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    '<img src="/media/a.png" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<p onclick=alert(1)>click</p>",
    "<p onmouseover='alert(1)'>hover</p>",
    "<body onload=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">CLICK</math>',
    '<a href="javascript:alert(1)">link</a>',
    '<a href="JaVaScRiPt:alert(1)">link</a>',
    '<a href="  javascript:alert(1)">link</a>',
    '<a href="java&#x09;script:alert(1)">link</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">link</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">link</a>',
    '<a href="vbscript:msgbox(1)">link</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<img src="javascript:alert(1)">',
    '<img src="https://evil.example/track.gif">',
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    "<input onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    "<audio src=x onerror=alert(1)>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<div style="width: expression(alert(1))">ie</div>',
    "<style>@import 'https://evil.example/x.css';</style>",
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="https://evil.example/">',
    "<!--<script>alert(1)</script>-->",
    "<p>unclosed <b onmouseover=alert(1)>bold",
    '<a href="#" onclick="alert(1)">x</a>',
    "<table background=javascript:alert(1)><tr><td>x</td></tr></table>",
    '<blockquote cite="javascript:alert(1)">quote</blockquote>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</p>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
]

DANGEROUS = re.compile(
    r"<\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|template|noscript)\b"
    r"|\son\w+\s*="
    r"|javascript:|vbscript:|data:|expression\(|\sstyle\s*=|https://evil",
    re.IGNORECASE,
)


def test_there_are_at_least_forty_vectors():
    assert len(XSS_VECTORS) >= 40


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_hostile_markup_does_not_survive(vector):
    cleaned = sanitize_html(vector)
    assert not DANGEROUS.search(cleaned), cleaned


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Results</h2>",
        "<h3>By region</h3>",
        "<p><strong>Bold</strong> and <i>italic</i> and <em>emphasis</em></p>",
        '<p><a href="https://example.org/code" rel="noopener noreferrer">Electoral Code</a></p>',
        '<p><a href="mailto:info@saylaw.example" rel="noopener noreferrer">write</a></p>',
        "<ul><li>one</li><li>two</li></ul>",
        "<ol><li>first</li></ol>",
        "<blockquote><p>Quoted statement</p></blockquote>",
        '<figure class="table"><table><thead><tr><th>Region</th></tr></thead>'
        "<tbody><tr><td>Ahal</td></tr></tbody></table></figure>",
        '<figure class="image"><img src="/media/uploads/2026/03/a.png" alt="Ballot box">'
        "<figcaption>Caption</figcaption></figure>",
    ],
)
def test_editor_formatting_is_kept(html):
    assert sanitize_html(html) == html


def test_links_get_safe_rel():
    assert 'rel="noopener noreferrer"' in sanitize_html('<a href="https://example.org">x</a>')


def test_unknown_classes_are_dropped_but_known_ones_kept():
    assert sanitize_html('<figure class="image evil">x</figure>') == '<figure class="image">x</figure>'


def test_plain_text_conversion_separates_blocks_and_decodes_entities():
    assert html_to_text("<p>One&nbsp;&amp; two</p><p>Three</p>") == "One & two Three"


@pytest.mark.parametrize("length", range(20, 80))
def test_summary_cuts_at_a_word_boundary(length):
    source = "The Central Commission held a seminar for members of precinct election commissions in Mary."
    text = summarize(f"<p>{source}</p>", length)
    assert len(text) <= length
    assert text.endswith("...")
    kept = text.removesuffix("...")
    assert source.startswith(kept)
    assert source[len(kept)] in " ,."  # the cut falls between words


def test_images_stored_without_a_description_are_marked_decorative():
    cleaned = sanitize_html('<figure class="image"><img src="/media/uploads/a.png"></figure>')
    assert cleaned == '<figure class="image"><img alt="" src="/media/uploads/a.png"></figure>'
