"""Every limit on input, in one place.

No news article comes near these; hostile or broken input (compression bombs, giant lines, endless
nesting) meets them long before it can exhaust time or memory. An input over a limit gets an error
record and the run goes on. README ("Limits") lists them for users.
"""

MAX_BYTES = 20 * 1024 * 1024
"""A file read whole (.txt, .html, a feed), and any .gz of one once decompressed."""
MAX_LINE_BYTES = 20 * 1024 * 1024
"""One JSONL line (one article, or one extraction record); JSONL files themselves are streamed."""
MAX_RECORD_BYTES = 20 * 1024 * 1024
"""One WARC response's payload; WARC files themselves are streamed."""
MAX_COMPRESSION_RATIO = 100
"""A streamed .gz (WARC, JSONL) that expands more than this many times over is a compression bomb..."""
BOMB_CHECK_AFTER_BYTES = 64 * 1024 * 1024
"""...once this much has come out of it: real news crawls expand about 5 times."""
MAX_CHARS = 2_000_000
"""Characters of text analysed per article (spaCy's own default is 1,000,000)."""
# JSON nested deeper than Python's recursion limit (about 1,000 levels) is an error for its line.
