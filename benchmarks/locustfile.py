"""Longer load runs against a running proxy.

    JIANHU_BENCH_KEY=jh-... JIANHU_BENCH_MODEL=bench-model \
      locust -f benchmarks/locustfile.py --headless -u 32 -r 8 -t 60s --host http://127.0.0.1:8080
"""

from __future__ import annotations

import os

from locust import FastHttpUser, between, task

MESSAGES = [
    {"role": "system", "content": "你是福田区政务服务中心的智能导办员。"},
    {"role": "user", "content": "请问在福田区办理个体工商户营业执照需要准备哪些材料？"},
]


class Vendor(FastHttpUser):
    wait_time = between(0, 0.01)

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Bearer {os.environ['JIANHU_BENCH_KEY']}"}
        self.model = os.environ.get("JIANHU_BENCH_MODEL", "jianhu-demo")

    @task(3)
    def chat(self) -> None:
        self.client.post("/v1/chat/completions", json={"model": self.model, "messages": MESSAGES},
                         headers=self.headers, name="chat")

    @task(1)
    def chat_stream(self) -> None:
        body = {"model": self.model, "messages": MESSAGES, "stream": True}
        with self.client.post("/v1/chat/completions", json=body, headers=self.headers, name="chat stream",
                              stream=True, catch_response=True) as resp:
            for _ in resp.iter_content(4096):
                pass
            resp.success()

    @task(1)
    def check(self) -> None:
        self.client.post("/v1/guard/check", json={"messages": [MESSAGES[1]]}, headers=self.headers, name="check")
