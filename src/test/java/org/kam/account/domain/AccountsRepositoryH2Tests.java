package org.kam.account.domain;

import org.kam.support.H2Test;

@H2Test
class AccountsRepositoryH2Tests extends AccountsRepositoryTests {

}
