package vn.hoso.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reference number used in a year; locked while a request takes the next one. */
@Entity
@Table(name = "request_counter")
public class RequestCounter {

  @Id
  @Column(name = "counter_year")
  private int year;

  @Column(name = "last_used", nullable = false)
  private int lastUsed;

  protected RequestCounter() {}

  RequestCounter(int year) {
    this.year = year;
  }

  int next() {
    return ++lastUsed;
  }
}
