"""News articles into entities and claims, each claim carrying the sentence it came from.

Pure rules (a gazetteer of the graph's entities, patterns for how news attributes, hedges and
denies), so the result is the same on every run and needs nothing downloaded. See docs/articles.md.

>>> from proxygraph.ontology import Entity
>>> loader = ArticleLoader([Entity("iran", "State", "Iran")])
>>> loader.suffixes
('.txt', '.md', '.markdown', '.html', '.htm')
"""

from proxygraph.loaders.articles.extract import (  # noqa: F401
    GRADES,
    Extraction,
    XClaim,
    XEntity,
    extract,
)
from proxygraph.loaders.articles.gazetteer import Gazetteer  # noqa: F401
from proxygraph.loaders.articles.loader import (  # noqa: F401
    ArticleLoader,
    bundled_articles_dir,
    extract_file,
    extraction_records,
    to_json,
)
from proxygraph.loaders.articles.text import (  # noqa: F401
    Article,
    parse_article,
    read_article,
    sentences,
)
