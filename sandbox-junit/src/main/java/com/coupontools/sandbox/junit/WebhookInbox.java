package com.coupontools.sandbox.junit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** One tenant's deliveries as the receiver got them, and what it answers. */
final class WebhookInbox {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<ReceivedWebhook> all = new ArrayList<>();
  private final List<ReceivedWebhook> unclaimed = new ArrayList<>();
  private volatile int status = 200;

  void add(ReceivedWebhook w) {
    lock.lock();
    try {
      all.add(w);
      unclaimed.add(w);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int answer() {
    return status;
  }

  void answerWith(int value) {
    status = value;
  }

  List<ReceivedWebhook> all() {
    lock.lock();
    try {
      return List.copyOf(all);
    } finally {
      lock.unlock();
    }
  }

  /** The oldest delivery of {@code type} not returned yet, waiting up to {@code timeout}; null if none came. */
  ReceivedWebhook await(String type, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        for (int i = 0; i < unclaimed.size(); i++) {
          if (type.equals(unclaimed.get(i).type())) {
            return unclaimed.remove(i);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        arrived.await(left, TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }
}
