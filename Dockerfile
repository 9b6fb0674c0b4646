# The dangjian API image used by docker-compose.yml.
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY dangjian dangjian
COPY graph graph
COPY loaders loaders
COPY queries queries
COPY viz viz
COPY api api
COPY data data
RUN pip install --no-cache-dir -e .
EXPOSE 8000
CMD ["dangjian", "serve", "--host", "0.0.0.0", "--port", "8000"]
