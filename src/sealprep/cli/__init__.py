"""The ``sealprep`` command line: headless access to the core, one module per command group."""
