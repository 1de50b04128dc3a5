# Jianhu guardrail proxy. Build: docker build -t jianhu .
# Run:   docker run -p 8080:8080 -v jianhu-data:/data -e JIANHU_MASTER_KEY_FILE=/run/secrets/jianhu-master \
#          -e JIANHU_UPSTREAM_URL=... -e JIANHU_UPSTREAM_MODEL=... -e JIANHU_UPSTREAM_API_KEY=... jianhu
# The models, lexicons and tiers ship inside the repository, so nothing is downloaded at run
# time. The project is installed in place (editable) because the filters read configs/ and
# models/ relative to the source tree. PostgreSQL and Redis are configured by environment.
FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /app jianhu && mkdir -p /data && chown jianhu /data
WORKDIR /app
COPY pyproject.toml README.md ./
COPY proxy ./proxy
COPY filters ./filters
COPY models ./models
COPY configs ./configs
RUN pip install --no-cache-dir -e . && python -c "import proxy.app"
ENV JIANHU_DATA_DIR=/data \
    JIANHU_CONFIG_DIR=/app/configs \
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    PYTHONUNBUFFERED=1
USER jianhu
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/readyz').status == 200 else 1)"
CMD ["jianhu", "serve", "--host", "0.0.0.0", "--port", "8080"]
