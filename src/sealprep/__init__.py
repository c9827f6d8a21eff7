"""sealprep: prepare people for the UNDP Gender Equality Seal external-assessment interviews.

The package is split so that dependencies point one way:

- ``sealprep.core``: the Qt-free heart (bank model, loader, store, search, ...).
- ``sealprep.printing``: PDF output with ReportLab, on top of the core.
- ``sealprep.ui``: the PySide6 desktop app, on top of the core.
- ``sealprep.cli``: the ``sealprep`` command, on top of the core.
"""

__version__ = "0.1.0"
