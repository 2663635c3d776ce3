"""Rendering as plain text and Markdown, without rich: the gap document in Markdown, the diff,
the roll-up's Markdown, the methods' comparison (``comparison``) and the story's lines
(``narrative``) that the terminal and the HTML page also use.
"""
