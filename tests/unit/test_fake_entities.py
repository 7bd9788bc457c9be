"""Telegram HTML -> visible text and entities (what the sandbox's page renders from)."""

from fake_telegram.entities import html_to_entities


def test_nested_tags_become_entities_with_utf16_offsets() -> None:
    text, entities = html_to_entities(
        '😀 <b>Bold <i>both</i></b> &lt;not a tag&gt; <a href="https://example.org/?a=1&amp;b=2">link</a>'
    )
    assert text == "😀 Bold both <not a tag> link"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 9},  # the emoji counts 2 UTF-16 units
        {"type": "italic", "offset": 8, "length": 4},
        {"type": "text_link", "url": "https://example.org/?a=1&b=2", "offset": 25, "length": 4},
    ]


def test_pre_code_is_one_entity_and_spoilers_quotes_are_kept() -> None:
    text, entities = html_to_entities(
        '<pre><code class="language-py">x = 1</code></pre>'
        '<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>'
    )
    assert text == "x = 1sq"
    assert [e["type"] for e in entities] == ["pre", "spoiler", "expandable_blockquote"]


def test_empty_tags_make_no_entity() -> None:
    assert html_to_entities("a<b></b>c") == ("ac", [])
