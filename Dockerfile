# Jianhu guardrail proxy. Build: docker build -t jianhu .
# Run:   docker run -p 8080:8080 -v jianhu-data:/data jianhu
# The models the filters use ship inside the repository (models/weights), so the image
# needs no download at run time. PostgreSQL/Redis are configured by environment.
FROM python:3.11-slim AS build
WORKDIR /app
COPY pyproject.toml README.md ./
COPY proxy ./proxy
COPY filters ./filters
COPY models ./models
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /app jianhu && mkdir -p /data && chown jianhu /data
WORKDIR /app
COPY --from=build /venv /venv
COPY configs ./configs
ENV PATH=/venv/bin:$PATH \
    JIANHU_DATA_DIR=/data \
    JIANHU_CONFIG_DIR=/app/configs \
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    PYTHONUNBUFFERED=1
USER jianhu
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/readyz').status == 200 else 1)"
CMD ["jianhu", "serve", "--host", "0.0.0.0", "--port", "8080"]
