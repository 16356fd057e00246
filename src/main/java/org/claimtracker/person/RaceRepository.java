package org.claimtracker.person;

import org.springframework.data.jpa.repository.JpaRepository;

interface RaceRepository extends JpaRepository<Race, Long> {

}
