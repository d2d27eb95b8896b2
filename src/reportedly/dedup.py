"""Duplicates: the same article under another address, word for word or nearly.

A wire story is republished by many outlets, sometimes verbatim, often with another headline, a
byline or a sentence changed. Such a copy is stored like any document but linked to the first
copy seen, so that its figures count once.

- **Exact** copies have the same :func:`~reportedly.model.content_hash` (the text with case and
  whitespace normalized); the ledger finds them by an indexed lookup.
- **Near** copies share most of their word :data:`SHINGLE_WORDS`-shingles: their Jaccard
  similarity is at least :data:`NEAR`. Candidates come from a MinHash LSH :class:`Index`
  (datasketch) over each text's :func:`signature`, at the lower :data:`CANDIDATE` threshold so
  that few copies are missed; each candidate is then checked with the exact Jaccard of the two
  texts' shingles, so that the MinHash estimate's noise decides nothing.

Signatures are stored in the ledger as bytes (:func:`to_bytes`), and the index is rebuilt from
them when a ledger first looks for a near copy.

Thresholds: 5-word shingles are specific enough that two different articles on the same events
share almost none (at most 0.07 between any two of the demo corpus' dispatches), while one word
changed costs up to five shingles: a 70-word dispatch with two words changed is at 0.78, a
135-word one with a new headline, a byline and two sentences reworded at 0.66. Hence
:data:`NEAR` at 0.5. datasketch's LSH tuned for 0.8 with 64 permutations would find a pair at 0.8
only a third of the time; tuned for :data:`CANDIDATE` (21 bands of 3) it finds a pair at 0.5
94% of the time, at 0.6 99%, and one at 0.1 2%.

A near copy is nearly the same text, not necessarily the same figures (a daily report written
from yesterday's template): the ledger marks as copies only the figures the original states too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # datasketch loads scipy (most of a second): imported on first use
    from datasketch import LeanMinHash, MinHash

#: Words per shingle.
SHINGLE_WORDS = 5
#: Permutations per MinHash signature (a signature is ``4 * NUM_PERM`` bytes).
NUM_PERM = 64
#: The seed of the permutations and datasketch's permutation scheme (32-bit hash values);
#: signatures made with another seed or scheme cannot be compared with these.
SEED = 1
SCHEME = "affine32"
#: Jaccard similarity of shingles from which a text is a near copy of another.
NEAR = 0.5
#: The LSH threshold for candidates, checked against :data:`NEAR` afterwards.
CANDIDATE = 0.3

WORD = re.compile(r"\w+")
#: The byte size of a signature.
SIGNATURE_BYTES = 4 * NUM_PERM


def words(text: str) -> list[str]:
    """The words of a text, case-folded, without punctuation (``4,700`` is ``4`` ``700``)."""
    return WORD.findall(text.casefold())


def shingles(text: str) -> set[str]:
    """The text's runs of :data:`SHINGLE_WORDS` words (one shingle of all its words if shorter);
    empty when the text has no words."""
    tokens = words(text)
    if len(tokens) <= SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def jaccard(a: str, b: str) -> float:
    """The Jaccard similarity of two texts' shingles (0.0 when either has no words)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


@cache
def _permutations() -> Any:
    """The permutations of :data:`SEED` (drawn once: a third of a signature's cost otherwise)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles; ``None`` for a text without words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                      permutations=_permutations())
    minhash.update_batch([gram.encode("utf-8") for gram in grams])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    """A signature as bytes for the ledger: its hash values, little-endian 32-bit (the
    ``affine32`` scheme's values are 32-bit)."""
    return minhash.hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes | None) -> LeanMinHash | None:
    """A signature back from :func:`to_bytes`; ``None`` for no data or data of another size
    (a signature made with other settings, to be computed again)."""
    from datasketch import LeanMinHash

    if data is None or len(data) != SIGNATURE_BYTES:
        return None
    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


class Index:
    """Signatures of stored documents, by document id, searchable for near copies.

    Only candidates are found here; :func:`jaccard` on the texts decides.
    """

    def __init__(self, entries: Iterable[tuple[int, MinHash]] = ()) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM)
        self.size = 0
        with self.lsh.insertion_session() as session:
            for doc_id, minhash in entries:
                session.insert(doc_id, minhash, check_duplication=False)
                self.size += 1

    def __len__(self) -> int:
        return self.size

    def add(self, doc_id: int, minhash: MinHash) -> None:
        """Index a document's signature."""
        self.lsh.insert(doc_id, minhash, check_duplication=False)
        self.size += 1

    def candidates(self, minhash: MinHash) -> list[int]:
        """Ids of indexed documents that may be near copies of ``minhash``'s text, oldest
        first."""
        if not self.size:
            return []
        return sorted(self.lsh.query(minhash))
