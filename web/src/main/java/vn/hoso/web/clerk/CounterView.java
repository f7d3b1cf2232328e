package vn.hoso.web.clerk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.AccountService;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * At the counter: the clerk finds a resident's account and, having checked the ID card in hand,
 * marks the identity verified (level 2) with the number on the card.
 */
@Named
@ViewScoped
public class CounterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AccountService accounts;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  private String query;
  private List<Account> found = List.of();
  private String idOnCard;
  private Long selected;
  private boolean cardChecked;

  public void find() {
    try {
      found = accounts.findForCounter(current.require(), query);
      if (found.isEmpty()) {
        texts.error(null, "counter.none");
      }
    } catch (InvalidInput e) {
      texts.problems("counter", e);
    }
  }

  public void verify(Account a) {
    if (!cardChecked) {
      texts.error(null, "counter.cardNotChecked");
      return;
    }
    try {
      accounts.verifyIdentity(current.require(), a.getId(), idOnCard);
      texts.info(texts.get("counter.verified", a.getFullName()));
      idOnCard = null;
      cardChecked = false;
      found = accounts.findForCounter(current.require(), query);
    } catch (InvalidInput e) {
      texts.problems("counter", e);
    } catch (Forbidden e) {
      texts.errorText(e.getMessage());
    }
  }

  /** Some account found is still level 1: the verify box is shown. */
  public boolean isAnyUnverified() {
    return found.stream().anyMatch(a -> a.getIdentityLevel() == 1);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<Account> getFound() {
    return found;
  }

  public String getIdOnCard() {
    return idOnCard;
  }

  public void setIdOnCard(String idOnCard) {
    this.idOnCard = idOnCard;
  }

  public Long getSelected() {
    return selected;
  }

  public void setSelected(Long selected) {
    this.selected = selected;
  }

  public boolean isCardChecked() {
    return cardChecked;
  }

  public void setCardChecked(boolean cardChecked) {
    this.cardChecked = cardChecked;
  }
}
