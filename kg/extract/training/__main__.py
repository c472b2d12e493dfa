"""``python -m kg.extract.training {corpus,train,install,all}``."""

import sys

from kg.extract.training import main

sys.exit(main())
