"""Front end: ``python -m quoteattr`` runs the command line."""

import sys

from quoteattr.cli import main

sys.exit(main())
