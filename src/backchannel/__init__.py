"""backchannel: a sourced record of who said what and who met whom, from news articles."""

import os

# spaCy's small models gain nothing from BLAS threads, and with --workers each extra thread only
# competes with the other workers for the same cores (measured: 8.97 -> 9.24 articles/s with 2
# workers on 2 cores, unchanged with 1). Set before numpy loads; a user's own setting wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

__version__ = "0.1.0"
