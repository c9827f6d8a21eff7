"""The Qt-free core of sealprep: everything the UI, the printing layer and the CLI share.

Nothing under this package may import PySide6.
"""
