"""Callback data factories and pure inline keyboard builders."""
