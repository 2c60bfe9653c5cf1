"""The OneSignal REST API for Python."""

__version__ = "0.1.0"
