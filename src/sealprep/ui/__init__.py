"""The PySide6 desktop app: views and models that call core services and never run SQL."""
