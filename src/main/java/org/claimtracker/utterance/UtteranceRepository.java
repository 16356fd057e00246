package org.claimtracker.utterance;

import org.springframework.data.jpa.repository.JpaRepository;

interface UtteranceRepository extends JpaRepository<Utterance, Long> {

}
