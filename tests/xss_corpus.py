"""Hostile strings for anything that takes text from members. Shared by every app's tests:
what they must show is that no script, event handler or javascript: link survives."""

import re
from html import unescape

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<script>alert(1)//<</script>",
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)//",
    '<img src="x" onerror="alert(1)">',
    "<IMG SRC=javascript:alert('XSS')>",
    "<img src=`javascript:alert(1)`>",
    "<img dynsrc=javascript:alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg/onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href=" javascript:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href="jav\tascript:alert(1)">click</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    '<a href="https://ok.example" onmouseover=alert(1)>x</a>',
    "<p onclick=alert(1)>para</p>",
    "<b onmouseover=alert(1)>bold</b>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="x:expression(alert(1))">x</p>',
    "<style>@import 'javascript:alert(1)';</style>",
    "<link rel=stylesheet href=javascript:alert(1)>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<base href=javascript:alert(1)//>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<button formaction=javascript:alert(1)>x</button>",
    "<input onfocus=alert(1) autofocus>",
    "<select onfocus=alert(1) autofocus>",
    "<textarea onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script\x00>alert(1)</script>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<x onclick=alert(1)>click</x>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    # More from the security review (issue 11).
    "<SCRIPT>alert(1)</SCRIPT>",
    "<script src=//evil.example/x.js></script>",
    "<script>/*</script><script>*/alert(1)</script>",
    "<script type='text/javascript'>alert(1)</script>",
    "<script/xss>alert(1)</script>",
    "<<script>alert(1);//<</script>",
    '<img src=x onerror="alert(1)">',
    "<IMG SRC=x ONERROR=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    "<b onclick=alert(1)>bold</b>",
    "<p onpointerenter=alert(1)>text</p>",
    '<a href="https://ok.example" onclick="alert(1)">link</a>',
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    '<a href="java\tscript:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">click</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">go</button>',
    '<math><a xlink:href="javascript:alert(1)">click</a></math>',
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>click</text></a></svg>',
    '" onmouseover="alert(1)',
    "' autofocus onfocus='alert(1)",
    "</style><script>alert(1)</script>",
    "--><script>alert(1)</script><!--",
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    "]]><script>alert(1)</script>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<div style="width: expression(alert(1))">old IE</div>',
    "<link rel=stylesheet href=//evil.example/x.css>",
    '<base href="//evil.example/">',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    '<a href="https://ok.example"><img src=x onerror=alert(1)></a>',
    '<img src="x` `<script>alert(1)</script>"` `>',
    "<x onclick=alert(1)>custom element</x>",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "{{ request.user.password }}",
    "{% debug %}",
    '=HYPERLINK("http://evil.example","click")',
]

_SCRIPT_TAG = re.compile(r"<\s*script", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_INVISIBLE = re.compile(r"[\s\x00-\x1f]+")


def dangers_in(html):
    """What in `html` could run script or break the strict CSP; empty when it is safe."""
    found = []
    if _SCRIPT_TAG.search(html):
        found.append("script tag")
    for tag in _TAG.findall(html):
        for name, value in _ATTRIBUTE.findall(tag[1:]):
            name = name.lower()
            value = _INVISIBLE.sub("", unescape(value.strip("\"'"))).lower()
            if name.startswith("on"):
                found.append(f"event handler {name}")
            elif name == "style":
                found.append("style attribute")
            elif any(scheme in value for scheme in ("javascript:", "vbscript:", "data:text")):
                found.append(f"script URL in {name}")
    return found
