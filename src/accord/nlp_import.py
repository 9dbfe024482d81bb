"""spaCy without torch or its own command line: what accord's command line keeps spaCy from importing.

thinc (spaCy's machine-learning library) imports torch whenever it is installed, in case a
pipeline wraps a torch model. accord's pipelines (the default `en_core_web_sm`) run on
numpy, and so does its sentence encoder (`resolve.minilm`), so importing torch cost every
process about 2.6 s of CPU and 185 MB for nothing. Only the transformer pipelines run
spaCy on torch; when their package is installed, thinc imports torch as usual.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from importlib.util import find_spec
from types import ModuleType
from typing import Any

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


# --------------------------------------------------------------------------- spaCy's command line

class _DeferredCli(ModuleType):
    """Stands in for `spacy.cli` while spaCy imports itself; imports the real one when it is used."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get("spacy.cli") is self:  # asked for while spaCy imports itself
            raise AttributeError(f"spacy.cli.{name} is not loaded while spaCy imports itself")
        return getattr(import_module("spacy.cli"), name)  # the stand-in has left sys.modules


def _info(*args: Any, **kwargs: Any) -> Any:
    """Run `spacy.info` from spaCy's real command line module."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _SpacyWithoutCli(Loader):
    """Runs spaCy's package with stand-ins for `spacy.cli` and `spacy.cli.info` in sys.modules."""

    def __init__(self, real: Loader) -> None:
        self.real = real

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.real.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        cli, info = _DeferredCli("spacy.cli"), ModuleType("spacy.cli.info")
        info.info = _info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
        try:
            self.real.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
        if not hasattr(module, "cli"):
            module.cli = cli  # type: ignore[attr-defined]  # `spacy.cli.x` imports the real one, which takes the name


class _DeferSpacyCli(MetaPathFinder):
    """Gives spaCy's package the loader that leaves its command line out, once."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != "spacy":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _SpacyWithoutCli(spec.loader)
        return spec


def defer_spacy_cli() -> bool:
    """Make spaCy, when first imported, leave its own command line (`spacy.cli`) until it is used.

    `import spacy` imports `spacy.info` and with it spaCy's whole command line (typer
    commands, weasel, requests, jinja2): about 0.2 s of CPU that parsing never uses. Say
    whether it will (False: spaCy is imported already).
    """
    if "spacy" in sys.modules:
        return False
    if not any(isinstance(f, _DeferSpacyCli) for f in sys.meta_path):
        sys.meta_path.insert(0, _DeferSpacyCli())
    return True
