"""spaCy without torch: the command line keeps thinc from importing torch it does not use.

thinc (spaCy's machine-learning library) imports torch whenever it is installed, in case a
pipeline wraps a torch model. accord's pipelines (the default `en_core_web_sm`) run on
numpy, and so does its sentence encoder (`resolve.minilm`), so importing torch cost every
process about 2.6 s of CPU and 185 MB for nothing. Only the transformer pipelines run
spaCy on torch; when their package is installed, thinc imports torch as usual.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from importlib.util import find_spec
from types import ModuleType

# the spaCy packages whose pipelines run on torch through thinc
TORCH_PIPELINES = ("spacy_transformers", "spacy_curated_transformers")


class _HideTorchFromThinc(MetaPathFinder):
    """Answers "no such module" to thinc's own `import torch`, and to nobody else."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != "torch":
            return None
        compat = sys.modules.get("thinc.compat")
        if compat is not None and not hasattr(compat, "has_torch"):  # thinc.compat is being run
            raise ModuleNotFoundError("torch is not used by accord's spaCy pipelines", name=fullname)
        if compat is not None:
            sys.meta_path.remove(self)  # thinc has decided; torch imports normally from now on
        return None


def hide_torch_from_thinc() -> bool:
    """Make thinc, when first imported, see no torch; say whether it will (False: too late or needed)."""
    if "thinc.compat" in sys.modules or "torch" in sys.modules:
        return False
    if any(find_spec(name) is not None for name in TORCH_PIPELINES):
        return False
    if not any(isinstance(f, _HideTorchFromThinc) for f in sys.meta_path):
        sys.meta_path.insert(0, _HideTorchFromThinc())
    return True
