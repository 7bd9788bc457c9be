"""Outer middlewares: in-flight tracking, user and locale loading, flood limit."""
